using GoOS.Kernel.Programs;
using NUnit.Framework;
using static GoOS.Tests.Host.Programs.ElfImageBuilder;

namespace GoOS.Tests.Host.Programs;

/// <summary>ElfImage.Validate on images written by ElfImageBuilder: the plan of a valid program,
/// one refusal per ElfStatus, the boundaries of each limit, and mutated images.</summary>
public unsafe class ElfImageTests
{
    private const ulong UserLimit = 0x0000_7FFF_0000_0000;

    private static ElfStatus Validate(byte[] image, out ElfLoadPlan plan, ulong userLimit = UserLimit)
    {
        fixed (byte* start = image) return ElfImage.Validate(start, (ulong)image.Length, userLimit, out plan);
    }

    private static ElfStatus Validate(byte[] image) => Validate(image, out _);

    private static byte[] StandardWith(Action<byte[]> change)
    {
        byte[] image = Standard().Build();
        change(image);
        return image;
    }

    private static byte[] StandardWithSegment(int index, int field, ulong value) =>
        StandardWith(image => Put64(image, ProgramHeaderField(index, field), value));

    private static ElfSegment Expected(ulong start, ulong pages, ulong offset, ulong bytes, ulong pageOffset, bool writable, bool executable, ulong memoryBytes = 0) =>
        new() { VirtualStart = start, PageCount = pages, FileOffset = offset, FileBytes = bytes, MemoryBytes = memoryBytes == 0 ? bytes : memoryBytes, PageOffset = pageOffset, Writable = writable, Executable = executable };

    [Test]
    public void AValidProgramGivesOneSegmentPerLoadHeader()
    {
        Assert.That(Validate(Standard().Build(), out ElfLoadPlan plan), Is.EqualTo(ElfStatus.Ok));

        Assert.That(plan.Entry, Is.EqualTo(StandardEntry));
        Assert.That(plan.SegmentCount, Is.EqualTo(3), "GNU_STACK is not loaded");
        Assert.That(plan.TotalPages, Is.EqualTo(6));
        Assert.That(plan.Segment(0), Is.EqualTo(Expected(0x400000, 1, 0, 0x180, 0, writable: false, executable: false)), "headers and rodata");
        Assert.That(plan.Segment(1), Is.EqualTo(Expected(0x401000, 1, 0x180, 0x100, 0x180, writable: false, executable: true)), "code");
        Assert.That(plan.Segment(2), Is.EqualTo(Expected(0x402000, 4, 0x280, 0x80, 0x280, writable: true, executable: false, memoryBytes: 0x3000)), "data and bss");
        Assert.That(plan.Segment(2).VirtualEnd, Is.EqualTo(0x406000));
        Assert.That(plan.Segment(3), Is.EqualTo(default(ElfSegment)), "past SegmentCount");
        Assert.That(plan.Segment(-1), Is.EqualTo(default(ElfSegment)));
    }

    [Test]
    public void RefusesAnEmptyImage()
    {
        Assert.That(ElfImage.Validate(null, 0, UserLimit, out ElfLoadPlan plan), Is.EqualTo(ElfStatus.Empty));
        Assert.That(plan.SegmentCount, Is.Zero);
        byte[] image = Standard().Build();
        fixed (byte* start = image) Assert.That(ElfImage.Validate(start, 0, UserLimit, out _), Is.EqualTo(ElfStatus.Empty));
        Assert.That(ElfImage.Validate(null, 100, UserLimit, out _), Is.EqualTo(ElfStatus.Empty));
    }

    [Test]
    public void RefusesATruncatedHeader() =>
        Assert.That(Validate(Standard().Build()[..63]), Is.EqualTo(ElfStatus.TruncatedHeader));

    [Test]
    public void RefusesBadMagic() => Assert.That(Validate(StandardWith(image => image[1] = (byte)'e')), Is.EqualTo(ElfStatus.BadMagic));

    [Test]
    public void Refuses32BitClass() => Assert.That(Validate(StandardWith(image => image[4] = 1)), Is.EqualTo(ElfStatus.NotElf64));

    [Test]
    public void RefusesBigEndian() => Assert.That(Validate(StandardWith(image => image[5] = 2)), Is.EqualTo(ElfStatus.NotLittleEndian));

    [Test]
    public void RefusesAnUnknownVersion()
    {
        Assert.That(Validate(StandardWith(image => image[6] = 2)), Is.EqualTo(ElfStatus.BadVersion));
        Assert.That(Validate(StandardWith(image => Put32(image, 20, 0))), Is.EqualTo(ElfStatus.BadVersion));
    }

    [Test]
    public void AcceptsSystemVAndGnuAbisOnly()
    {
        Assert.That(Validate(StandardWith(image => image[7] = 3)), Is.EqualTo(ElfStatus.Ok));
        Assert.That(Validate(StandardWith(image => image[7] = 9)), Is.EqualTo(ElfStatus.UnsupportedAbi));
    }

    [Test]
    public void RefusesWrongMachine() => Assert.That(Validate(StandardWith(image => Put16(image, 18, 3))), Is.EqualTo(ElfStatus.WrongMachine));

    [Test]
    public void RefusesAnythingButExec()
    {
        Assert.That(Validate(StandardWith(image => Put16(image, 16, 3))), Is.EqualTo(ElfStatus.NotExecutable), "ET_DYN (PIE)");
        Assert.That(Validate(StandardWith(image => Put16(image, 16, 1))), Is.EqualTo(ElfStatus.NotExecutable), "ET_REL");
    }

    [Test]
    public void RefusesOddHeaderSizes()
    {
        Assert.That(Validate(StandardWith(image => Put16(image, 52, 52))), Is.EqualTo(ElfStatus.BadHeaderSize));
        Assert.That(Validate(StandardWith(image => Put16(image, 54, 32))), Is.EqualTo(ElfStatus.BadProgramHeaderSize));
        Assert.That(Validate(StandardWith(image => Put16(image, 54, 0))), Is.EqualTo(ElfStatus.BadProgramHeaderSize));
    }

    [Test]
    public void RefusesTooManyProgramHeaders()
    {
        Assert.That(Validate(StandardWith(image => Put16(image, ProgramHeaderCountField, 0xFFFF))), Is.EqualTo(ElfStatus.TooManyProgramHeaders), "PN_XNUM");
        Assert.That(Validate(StandardWith(image => Put16(image, ProgramHeaderCountField, ElfImage.MaxProgramHeaders + 1))), Is.EqualTo(ElfStatus.TooManyProgramHeaders));
    }

    [Test]
    public void RefusesProgramHeadersPastTheEnd()
    {
        byte[] image = Standard().Build();
        Assert.That(Validate(StandardWith(i => Put64(i, ProgramHeaderOffsetField, (ulong)image.Length - 10))), Is.EqualTo(ElfStatus.ProgramHeadersTruncated));
        Assert.That(Validate(image[..(HeaderSize + 4 * ProgramHeaderSize - 1)]), Is.EqualTo(ElfStatus.ProgramHeadersTruncated));
        Assert.That(Validate(StandardWith(i => Put64(i, ProgramHeaderOffsetField, 1UL << 40))), Is.EqualTo(ElfStatus.ProgramHeadersTruncated));
    }

    [Test]
    public void RefusesAProgramHeaderOffsetThatOverflows()
    {
        Assert.That(Validate(StandardWith(image => Put64(image, ProgramHeaderOffsetField, ulong.MaxValue - 100))), Is.EqualTo(ElfStatus.ProgramHeadersOverflow));
        Assert.That(Validate(StandardWith(image => Put64(image, ProgramHeaderOffsetField, ulong.MaxValue - 4 * 56 + 1))), Is.EqualTo(ElfStatus.ProgramHeadersOverflow));
    }

    [Test]
    public void RefusesAnInterpreter() =>
        Assert.That(Validate(StandardWith(image => Put32(image, ProgramHeaderField(3, TypeField), Interpreter))), Is.EqualTo(ElfStatus.NeedsInterpreter));

    [Test]
    public void RefusesSegmentDataPastTheEnd()
    {
        Assert.That(Validate(StandardWith(image => Put64(image, ProgramHeaderField(2, FileSizeField), 0x81))), Is.EqualTo(ElfStatus.SegmentTruncated));
        Assert.That(Validate(StandardWith(image => Put64(image, ProgramHeaderField(2, OffsetField), 0x1280))), Is.EqualTo(ElfStatus.SegmentTruncated));
        Assert.That(Validate(StandardWith(image => Put64(image, ProgramHeaderField(2, OffsetField), ulong.MaxValue - 0x3F))), Is.EqualTo(ElfStatus.SegmentTruncated), "offset + size wraps");
        Assert.That(Validate(Standard().Build()[..^1]), Is.EqualTo(ElfStatus.SegmentTruncated), "file one byte short");
    }

    [Test]
    public void RefusesFileSizeAboveMemorySize() =>
        Assert.That(Validate(StandardWithSegment(2, MemorySizeField, 0x7F)), Is.EqualTo(ElfStatus.FileSizeExceedsMemorySize));

    [Test]
    public void RefusesASegmentInLowMemory()
    {
        Assert.That(Validate(StandardWithSegment(0, AddressField, 0)), Is.EqualTo(ElfStatus.SegmentInLowMemory), "page 0");
        Assert.That(Validate(StandardWithSegment(0, AddressField, ElfImage.LowestUserAddress - 0x1000)), Is.EqualTo(ElfStatus.SegmentInLowMemory));
        Assert.That(Validate(StandardWithSegment(0, AddressField, ElfImage.LowestUserAddress)), Is.EqualTo(ElfStatus.Ok));
    }

    [Test]
    public void RefusesASegmentInTheKernelHalf() =>
        Assert.That(Validate(StandardWithSegment(2, AddressField, 0xFFFF_8000_0000_0280)), Is.EqualTo(ElfStatus.SegmentOutsideUserSpace));

    [Test]
    public void RefusesASegmentEndingAboveTheUserLimit()
    {
        ulong address = UserLimit - 0x3000 + 0x280;
        Assert.That(Validate(StandardWith(image =>
        {
            Put64(image, ProgramHeaderField(2, AddressField), address);
            Put64(image, ProgramHeaderField(2, MemorySizeField), UserLimit - address);
        }), out ElfLoadPlan plan), Is.EqualTo(ElfStatus.Ok), "ending exactly at the limit");
        Assert.That(plan.Segment(2).VirtualEnd, Is.EqualTo(UserLimit));
        Assert.That(Validate(StandardWith(image =>
        {
            Put64(image, ProgramHeaderField(2, AddressField), address);
            Put64(image, ProgramHeaderField(2, MemorySizeField), UserLimit - address + 1);
        })), Is.EqualTo(ElfStatus.SegmentOutsideUserSpace));
    }

    [Test]
    public void RefusesAnAddressRangeThatWraps()
    {
        Assert.That(Validate(StandardWithSegment(2, MemorySizeField, ulong.MaxValue - 0x1000)), Is.EqualTo(ElfStatus.SegmentAddressOverflow));
        Assert.That(Validate(StandardWithSegment(2, MemorySizeField, ulong.MaxValue - 0x1000), out _, ulong.MaxValue), Is.EqualTo(ElfStatus.SegmentAddressOverflow));
    }

    [Test]
    public void RefusesOverlappingSegments()
    {
        Assert.That(Validate(StandardWithSegment(2, AddressField, 0x401280)), Is.EqualTo(ElfStatus.SegmentsOverlap), "data in the code's page");
        Assert.That(Validate(StandardWithSegment(0, AddressField, 0x405000)), Is.EqualTo(ElfStatus.SegmentsOverlap), "a later segment's bss covers an earlier one");
        Assert.That(Validate(StandardWithSegment(0, AddressField, 0x406000)), Is.EqualTo(ElfStatus.Ok), "adjacent pages");
    }

    [Test]
    public void RefusesAWritableExecutableSegment() =>
        Assert.That(Validate(StandardWith(image => Put32(image, ProgramHeaderField(1, FlagsField), Read | Write | Execute))), Is.EqualTo(ElfStatus.WritableAndExecutable));

    [Test]
    public void RefusesAnOffsetMisalignedWithTheAddress()
    {
        Assert.That(Validate(StandardWithSegment(2, AddressField, 0x402000)), Is.EqualTo(ElfStatus.SegmentMisaligned));
        Assert.That(Validate(StandardWithSegment(2, OffsetField, 0x200)), Is.EqualTo(ElfStatus.SegmentMisaligned));
    }

    [Test]
    public void RefusesAnEntryOutsideTheCode()
    {
        Assert.That(Validate(StandardWith(image => Put64(image, EntryField, 0x400010))), Is.EqualTo(ElfStatus.EntryNotExecutable), "in rodata");
        Assert.That(Validate(StandardWith(image => Put64(image, EntryField, 0x402300))), Is.EqualTo(ElfStatus.EntryNotExecutable), "in data");
        Assert.That(Validate(StandardWith(image => Put64(image, EntryField, 0x401280))), Is.EqualTo(ElfStatus.EntryNotExecutable), "just past the code");
        Assert.That(Validate(StandardWith(image => Put64(image, EntryField, 0x40117F))), Is.EqualTo(ElfStatus.EntryNotExecutable), "just before the code");
        Assert.That(Validate(StandardWith(image => Put64(image, EntryField, 0))), Is.EqualTo(ElfStatus.EntryNotExecutable));
        Assert.That(Validate(StandardWith(image => Put64(image, EntryField, 0x401180)), out ElfLoadPlan first), Is.EqualTo(ElfStatus.Ok));
        Assert.That(Validate(StandardWith(image => Put64(image, EntryField, 0x40127F)), out ElfLoadPlan last), Is.EqualTo(ElfStatus.Ok));
        Assert.That((first.Entry, last.Entry), Is.EqualTo((0x401180UL, 0x40127FUL)));
    }

    [Test]
    public void RefusesAnImageWithNoLoadSegment()
    {
        Assert.That(Validate(StandardWith(image =>
        {
            for (int i = 0; i < 3; i++) Put32(image, ProgramHeaderField(i, TypeField), Note);
        })), Is.EqualTo(ElfStatus.NoLoadSegments));
        Assert.That(Validate(StandardWith(image => Put16(image, ProgramHeaderCountField, 0))), Is.EqualTo(ElfStatus.NoLoadSegments));
        Assert.That(Validate(StandardWith(image =>
        {
            for (int i = 0; i < 3; i++) { Put64(image, ProgramHeaderField(i, FileSizeField), 0); Put64(image, ProgramHeaderField(i, MemorySizeField), 0); }
        })), Is.EqualTo(ElfStatus.NoLoadSegments), "empty segments are skipped");
    }

    [Test]
    public void SkipsEmptyAndNonLoadSegments()
    {
        ElfImageBuilder builder = Standard();
        builder.Segments.Add(new Segment(Load, Read | Write | Execute, ulong.MaxValue, 0, 0, 0));
        builder.Segments.Add(new Segment(Note, Read | Write | Execute, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue));
        Assert.That(Validate(builder.Build(), out ElfLoadPlan plan), Is.EqualTo(ElfStatus.Ok));
        Assert.That(plan.SegmentCount, Is.EqualTo(3));
    }

    [Test]
    public void RefusesTooManySegments()
    {
        Assert.That(Validate(ManySegments(ElfLoadPlan.MaxSegments), out ElfLoadPlan plan), Is.EqualTo(ElfStatus.Ok));
        Assert.That(plan.SegmentCount, Is.EqualTo(ElfLoadPlan.MaxSegments));
        Assert.That(plan.Segment(ElfLoadPlan.MaxSegments - 1).VirtualStart, Is.EqualTo(0x400000 + (ulong)(ElfLoadPlan.MaxSegments - 1) * 0x1000));
        Assert.That(Validate(ManySegments(ElfLoadPlan.MaxSegments + 1)), Is.EqualTo(ElfStatus.TooManySegments));
    }

    private static byte[] ManySegments(int count)
    {
        var builder = new ElfImageBuilder { Entry = 0x400100 };
        builder.Segments.Add(new Segment(Load, Read | Execute, 0, 0x400000, 0x200, 0x200));
        for (int i = 1; i < count; i++) builder.Segments.Add(new Segment(Load, Read | Write, 0, 0x400000 + (ulong)i * 0x1000, 0, 0x1000));
        return builder.Build();
    }

    [Test]
    public void RefusesAnImageTooLarge()
    {
        // The other two segments take one page each; data starts 0x280 into its first page.
        ulong fits = (ElfImage.MaxPages - 2) * 0x1000 - 0x280;
        Assert.That(Validate(StandardWithSegment(2, MemorySizeField, fits), out ElfLoadPlan plan), Is.EqualTo(ElfStatus.Ok));
        Assert.That(plan.TotalPages, Is.EqualTo(ElfImage.MaxPages));
        Assert.That(Validate(StandardWithSegment(2, MemorySizeField, fits + 1)), Is.EqualTo(ElfStatus.ImageTooLarge));
        Assert.That(Validate(StandardWithSegment(2, MemorySizeField, 65UL << 20)), Is.EqualTo(ElfStatus.ImageTooLarge));
    }

    [Test]
    public void EveryStatusHasItsOwnDescription()
    {
        ElfStatus[] all = Enum.GetValues<ElfStatus>();
        string[] texts = all.Select(ElfStatusText.Describe).ToArray();
        Assert.That(texts, Has.None.Empty);
        Assert.That(texts, Is.Unique);
        Assert.That(texts, Has.None.EqualTo(ElfStatusText.Describe((ElfStatus)1000)));
        Assert.That(ElfStatusText.Describe(ElfStatus.ProgramHeadersTruncated), Is.EqualTo("image truncated: program headers extend past the end of the file"));
    }

    [Test]
    public void MutatedImagesAreRefusedOrGiveASoundPlan()
    {
        byte[] original = Standard().Build();
        ulong[] interesting =
        {
            0, 1, 0xFFF, 0x1000, 0x10000, 0x400000, 0x401180, UserLimit - 1, UserLimit, 1UL << 47, 1UL << 63,
            ulong.MaxValue, ulong.MaxValue - 0xFFF, ulong.MaxValue - 55, 0xFFFF_FFFF, 0x38,
        };
        var random = new Random(20240611);
        int ok = 0, refused = 0;
        using var buffer = new GuardedBuffer(original.Length);
        for (int round = 0; round < 20000; round++)
        {
            byte[] image = (byte[])original.Clone();
            int length = image.Length;
            for (int change = random.Next(1, 4); change > 0; change--)
            {
                switch (random.Next(4))
                {
                    case 0:
                        // Headers are where the parsing is; flip a bit there most of the time.
                        int bit = random.Next((HeaderSize + 4 * ProgramHeaderSize) * 8);
                        image[bit / 8] ^= (byte)(1 << (bit % 8));
                        break;
                    case 1:
                        image[random.Next(image.Length)] = (byte)random.Next(256);
                        break;
                    case 2:
                        Put64(image, random.Next((HeaderSize + 4 * ProgramHeaderSize) / 8) * 8, interesting[random.Next(interesting.Length)]);
                        break;
                    default:
                        length = random.Next(length + 1);
                        break;
                }
            }
            ulong userLimit = random.Next(8) == 0 ? ulong.MaxValue : UserLimit;
            byte* start = buffer.Place(image.AsSpan(0, length));
            ElfStatus status = ElfImage.Validate(start, (ulong)length, userLimit, out ElfLoadPlan plan);
            if (status == ElfStatus.Ok)
            {
                ok++;
                AssertSound(plan, (ulong)length, userLimit, $"round {round}");
            }
            else
            {
                refused++;
                Assert.That(plan.SegmentCount, Is.Zero, $"round {round}: a refusal leaves the plan empty");
            }
        }
        Assert.That(ok, Is.GreaterThan(100), "some mutations keep the image valid");
        Assert.That(refused, Is.GreaterThan(1000));
        if (!buffer.Guarded) Assert.Warn("no guard pages on this host: reads past the image would go unnoticed");
    }

    /// <summary>What every plan Validate returns must satisfy, whatever the image was.</summary>
    private static void AssertSound(in ElfLoadPlan plan, ulong length, ulong userLimit, string round)
    {
        Assert.That(plan.SegmentCount, Is.InRange(1, ElfLoadPlan.MaxSegments), round);
        ulong pages = 0;
        bool entryInCode = false;
        UInt128 limit = ((UInt128)userLimit + 0xFFF) & ~(UInt128)0xFFF;
        for (int i = 0; i < plan.SegmentCount; i++)
        {
            ElfSegment s = plan.Segment(i);
            pages += s.PageCount;
            Assert.That(s.VirtualStart % 0x1000, Is.Zero, round);
            Assert.That(s.VirtualStart, Is.GreaterThanOrEqualTo(ElfImage.LowestUserAddress), round);
            Assert.That(s.PageCount, Is.GreaterThan(0), round);
            Assert.That(s.PageOffset, Is.LessThan(0x1000), round);
            Assert.That((UInt128)s.VirtualStart + (UInt128)s.PageCount * 0x1000 <= limit, Is.True, $"{round}: segment {i} inside the user range");
            Assert.That((UInt128)s.FileOffset + s.FileBytes <= length, Is.True, $"{round}: segment {i} file bytes inside the image");
            Assert.That((UInt128)s.PageOffset + s.FileBytes <= (UInt128)s.PageCount * 0x1000, Is.True, $"{round}: segment {i} file bytes fit its pages");
            Assert.That(s.FileOffset % 0x1000, Is.EqualTo(s.PageOffset), round);
            Assert.That(s.Writable && s.Executable, Is.False, $"{round}: W^X");
            ulong address = s.VirtualStart + s.PageOffset;
            if (s.Executable && plan.Entry >= address && plan.Entry - address < s.FileBytes) entryInCode = true;
            for (int j = 0; j < i; j++)
            {
                ElfSegment t = plan.Segment(j);
                bool apart = (UInt128)s.VirtualStart + (UInt128)s.PageCount * 0x1000 <= t.VirtualStart
                          || (UInt128)t.VirtualStart + (UInt128)t.PageCount * 0x1000 <= s.VirtualStart;
                Assert.That(apart, Is.True, $"{round}: segments {j} and {i} overlap");
            }
        }
        Assert.That(plan.TotalPages, Is.EqualTo(pages), round);
        Assert.That(pages, Is.LessThanOrEqualTo(ElfImage.MaxPages), round);
        Assert.That(entryInCode, Is.True, $"{round}: entry in code");
    }
}
