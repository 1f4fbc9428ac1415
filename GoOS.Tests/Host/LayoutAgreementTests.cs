using System.Text.RegularExpressions;
using NUnit.Framework;

namespace GoOS.Tests.Host;

/// <summary>The kernel's address-space constants live in assembly and in C#; they must agree.</summary>
public class LayoutAgreementTests
{
    private static ulong AsmDefine(string asm, string name)
    {
        Match match = Regex.Match(asm, @"%define\s+" + name + @"\s+0x([0-9A-Fa-f]+)");
        Assert.That(match.Success, Is.True, name + " not defined in Boot.asm");
        return Convert.ToUInt64(match.Groups[1].Value, 16);
    }

    private static ulong CSharpConstant(string source, string name)
    {
        Match match = Regex.Match(source, @"const ulong " + name + @"\s*=\s*0x([0-9A-Fa-f]+)");
        Assert.That(match.Success, Is.True, name + " not defined in KernelLayout.cs");
        return Convert.ToUInt64(match.Groups[1].Value, 16);
    }

    [Test]
    public void KernelLayoutAgreesWithBootAssemblyAndLinkerScript()
    {
        string asm = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "GoOS.Kernel/Arch/X64/Boot.asm"));
        string layout = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "GoOS.Kernel/KernelLayout.cs"));
        string linkerScript = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "GoOS.Kernel/Arch/X64/kernel.ld"));

        Assert.That(CSharpConstant(layout, "KernelBase"), Is.EqualTo(AsmDefine(asm, "KERNEL_VMA")));
        Assert.That(CSharpConstant(layout, "DirectMapBase"), Is.EqualTo(AsmDefine(asm, "DIRECT_MAP_VMA")));
        Match ld = Regex.Match(linkerScript, @"KERNEL_VMA\s*=\s*0x([0-9A-Fa-f]+)");
        Assert.That(Convert.ToUInt64(ld.Groups[1].Value, 16), Is.EqualTo(AsmDefine(asm, "KERNEL_VMA")));
    }

    [Test]
    public void KernelSectionsFieldsFollowTheOrderPagingAssemblyWritesThem()
    {
        string asm = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "GoOS.Kernel/Arch/X64/Paging.asm"));
        string image = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "GoOS.Kernel/Memory/KernelImage.cs"));
        string routine = asm[asm.IndexOf("goos_kernel_sections:", StringComparison.Ordinal)..];
        List<string> written = Regex.Matches(routine, @"mov rax, __kernel_(\w+)").Select(m => m.Groups[1].Value.Replace("_", "")).ToList();
        string fields = image[image.IndexOf("struct KernelSections", StringComparison.Ordinal)..];
        List<string> declared = Regex.Matches(fields, @"public ulong (\w+);").Select(m => m.Groups[1].Value.ToLowerInvariant()).ToList();
        var expected = new Dictionary<string, string>
        {
            ["physicalstart"] = "physicalstart", ["textstart"] = "textstart", ["rodatastart"] = "readonlystart",
            ["datastart"] = "datastart", ["stackguard"] = "stackguard", ["end"] = "end",
        };
        Assert.That(written.Select(w => expected[w]), Is.EqualTo(declared));
    }
}
