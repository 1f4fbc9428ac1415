using System.Buffers.Binary;
using System.Diagnostics;
using GoOS.Kernel.Programs;
using NUnit.Framework;

namespace GoOS.Tests.Host.Programs;

/// <summary>ElfImage.Validate on programs the real toolchain makes: nasm assembles a program with
/// code, rodata, data and bss and ld.lld links it static at 0x400000, the way GoOS programs are
/// built. nasm and ld.lld are already needed to build the kernel.</summary>
public unsafe class ElfLinkedProgramTests
{
    private const ulong UserLimit = 0x0000_7FFF_0000_0000;

    private const string Source = """
        global _start
        section .text
        _start: lea rax, [rel message]
                mov rbx, [rel counter]
                inc qword [rel buffer]
                jmp _start
        section .rodata
        message: db "hello", 0
        section .data
        counter: dq 7
        section .bss
        buffer: resb 20000
        """;

    private string _directory;

    [SetUp]
    public void MakeDirectory() => _directory = Directory.CreateTempSubdirectory("goos-elf-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_directory, recursive: true);

    [TestCase("")]
    [TestCase("-z separate-code")]
    public void AStaticProgramLinkedAt0x400000Validates(string options)
    {
        byte[] image = AssembleAndLink(options);
        ElfStatus status;
        ElfLoadPlan plan;
        fixed (byte* start = image) status = ElfImage.Validate(start, (ulong)image.Length, UserLimit, out plan);

        Assert.That(status, Is.EqualTo(ElfStatus.Ok), ElfStatusText.Describe(status));
        Assert.That(plan.Entry, Is.EqualTo(BinaryPrimitives.ReadUInt64LittleEndian(image.AsSpan(24))));
        Assert.That(plan.SegmentCount, Is.EqualTo(3), "rodata, code, data with bss");
        ElfSegment rodata = plan.Segment(0), code = plan.Segment(1), data = plan.Segment(2);
        Assert.That(rodata.VirtualStart, Is.EqualTo(0x400000));
        Assert.That((rodata.Writable, rodata.Executable), Is.EqualTo((false, false)));
        Assert.That((code.Writable, code.Executable), Is.EqualTo((false, true)));
        Assert.That((data.Writable, data.Executable), Is.EqualTo((true, false)));
        Assert.That(data.FileBytes, Is.EqualTo(8), "the counter; the bss takes no file bytes");
        Assert.That(data.PageCount * 4096 - data.PageOffset, Is.GreaterThanOrEqualTo(8 + 20000UL), "the pages hold data and bss");
        Assert.That(image.AsSpan((int)data.FileOffset, 8).ToArray(), Is.EqualTo(BitConverter.GetBytes(7UL)));
    }

    private byte[] AssembleAndLink(string options)
    {
        string source = Path.Combine(_directory, "program.asm"), obj = Path.Combine(_directory, "program.o"), program = Path.Combine(_directory, "program");
        File.WriteAllText(source, Source);
        Run("nasm", $"-f elf64 -o \"{obj}\" \"{source}\"");
        Run("ld.lld", $"-static --image-base=0x400000 {options} -e _start -o \"{program}\" \"{obj}\"");
        return File.ReadAllBytes(program);
    }

    private static void Run(string tool, string arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{tool} {arguments} failed:\n{output}");
    }
}
