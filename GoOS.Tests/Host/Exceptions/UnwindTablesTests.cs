using GoOS.Tests.Boot;
using Internal.Runtime.Exceptions;
using NUnit.Framework;

namespace GoOS.Tests.Host.Exceptions;

/// <summary>The runtime's .eh_frame/LSDA/EH-clause decoders (GoOS.Runtime/Runtime/Exceptions/Unwinding)
/// run here against the boot-test kernel the build linked, i.e. against real ILC 10 output.</summary>
[TestFixture, NonParallelizable]
public unsafe class UnwindTablesTests
{
    private ElfImage _image;
    private FrameTable _table;

    [OneTimeSetUp]
    public void Load()
    {
        BootTests.BuildTestImage();
        _image = new ElfImage(Path.Combine(BootTests.OutDir, "goos-test.elf"));
        _table = new FrameTable(_image.Host(_image.Symbol("__eh_frame_hdr_start")));
    }

    [OneTimeTearDown]
    public void Unload() => _image.Dispose();

    // The FDE pointers of the search table, decoded; addresses are host pointers.
    private List<FrameDescription> AllFrames()
    {
        var frames = new List<FrameDescription>();
        for (uint i = 0; i < _table.Count; i++)
        {
            Assert.That(FrameDescription.TryDecode(_table.EntryAt(i), out FrameDescription frame), Is.True, $"FDE {i} decodes");
            frames.Add(frame);
        }
        return frames;
    }

    [Test]
    public void EveryFrameDescriptionDecodesAndItsCallFrameProgramRuns()
    {
        Assert.That(_table.Valid, Is.True);
        Assert.That(_table.Count, Is.GreaterThan(100u), "one FDE per method and funclet");
        (ulong textStart, ulong textSize) = _image.Section(".text");
        foreach (FrameDescription frame in AllFrames())
        {
            ulong start = _image.Kernel((void*)frame.Start);
            Assert.That(start, Is.InRange(textStart, textStart + textSize - 1), "FDE covers code");
            Assert.That(CfiUnwinder.TryComputeRules(frame, frame.Start + frame.Length - 1, out var rules), Is.True, "CFI program runs to the end");
            Assert.That(rules.CfaRegister, Is.EqualTo(DwarfRegister.Rsp).Or.EqualTo(DwarfRegister.Rbp));
            Assert.That(rules.SavedAt[DwarfRegister.ReturnAddress], Is.EqualTo(-8), "return address just below the CFA");
        }
    }

    [Test]
    public void LookupFindsTheMethodContainingAnAddress()
    {
        ulong method = _image.Symbol("GoOS_BootSuites_GoOS_BootSuites_BootTestSuite__Test");
        Assert.That(_table.TryFind((ulong)_image.Host(method) + 5, out FrameDescription frame), Is.True);
        Assert.That(_image.Kernel((void*)frame.Start), Is.EqualTo(method));
        Assert.That(_table.TryFind((ulong)_image.Host(_image.Section(".text").Address) - 1, out _), Is.False, "below all code");
    }

    [Test]
    public void MethodsWithoutHandlersHaveNoClauses()
    {
        ulong method = _image.Symbol("GoOS_BootSuites_GoOS_BootSuites_Check__Decimal");
        Assert.That(_table.TryFind((ulong)_image.Host(method), out FrameDescription frame), Is.True);
        Assert.That(ManagedCodeInfo.TryDecode(frame.Lsda, frame.Start, out ManagedCodeInfo info), Is.True);
        Assert.That(info.IsFunclet, Is.False);
        Assert.That((ulong)info.EHInfo, Is.Zero);
    }

    [Test]
    public void TryCatchOfExceptionDecodesToATypedClauseNamingSystemException()
    {
        // BootTestSuite.Test is: try { body(); ... } catch (Exception e) { ... }
        ulong method = _image.Symbol("GoOS_BootSuites_GoOS_BootSuites_BootTestSuite__Test");
        Assert.That(_table.TryFind((ulong)_image.Host(method), out FrameDescription frame), Is.True);
        Assert.That(ManagedCodeInfo.TryDecode(frame.Lsda, frame.Start, out ManagedCodeInfo info), Is.True);
        var reader = new EHClauseReader(info.EHInfo);
        Assert.That(reader.Remaining, Is.EqualTo(1u));
        Assert.That(reader.Next(out EHClause clause), Is.True);
        Assert.That(clause.Kind, Is.EqualTo(EHClauseKind.Typed));
        Assert.That(clause.TryEnd, Is.GreaterThan(clause.TryStart));
        Assert.That(clause.HandlerOffset, Is.GreaterThanOrEqualTo(frame.Length), "catch funclet lies after the main body");
        Assert.That(_image.Kernel(clause.CatchType), Is.EqualTo(_image.Symbol("_ZTV29GoOS_Runtime_System_Exception")));

        // The catch funclet has its own FDE whose LSDA leads back to the method.
        ulong funclet = info.MethodStart + clause.HandlerOffset;
        Assert.That(_table.TryFind(funclet, out FrameDescription funcletFrame), Is.True);
        Assert.That(ManagedCodeInfo.TryDecode(funcletFrame.Lsda, funcletFrame.Start, out ManagedCodeInfo funcletInfo), Is.True);
        Assert.That(funcletInfo.IsFunclet && !funcletInfo.IsFilterFunclet, Is.True);
        Assert.That(funcletInfo.MethodStart, Is.EqualTo(info.MethodStart));
    }

    [Test]
    public void FilterClauseLocatesItsFilterFunclet()
    {
        // ExceptionSuite's "exception-filters" test body has two 'catch (AppException e) when (...)' clauses.
        var filters = new List<(ManagedCodeInfo Info, EHClause Clause)>();
        foreach (FrameDescription frame in AllFrames())
        {
            if (!ManagedCodeInfo.TryDecode(frame.Lsda, frame.Start, out ManagedCodeInfo info) || info.IsFunclet || info.EHInfo == null) continue;
            var reader = new EHClauseReader(info.EHInfo);
            while (reader.Next(out EHClause clause))
                if (clause.Kind == EHClauseKind.Filter) filters.Add((info, clause));
        }
        Assert.That(filters.Count, Is.GreaterThanOrEqualTo(3), "the suites use several filters");
        foreach (var (info, clause) in filters)
        {
            Assert.That(_table.TryFind(info.MethodStart + clause.FilterOffset, out FrameDescription filter), Is.True);
            Assert.That(ManagedCodeInfo.TryDecode(filter.Lsda, filter.Start, out ManagedCodeInfo filterInfo), Is.True);
            Assert.That(filterInfo.IsFilterFunclet, Is.True);
            Assert.That(filterInfo.MethodStart, Is.EqualTo(info.MethodStart));
        }
    }

    [Test]
    public void CompressedIntegersDecodeInEveryWidth()
    {
        byte[] encoded = { 0x0A, 0x01, 0x04, 0x03, 0x00, 0x80, 0x07, 0x00, 0x00, 0x10, 0x0F, 0x78, 0x56, 0x34, 0x12 };
        fixed (byte* start = encoded)
        {
            byte* p = start;
            Assert.That(EHClauseReader.ReadCompressed(ref p), Is.EqualTo(5u));
            Assert.That(EHClauseReader.ReadCompressed(ref p), Is.EqualTo(0x100u));
            Assert.That(EHClauseReader.ReadCompressed(ref p), Is.EqualTo(0x100000u));
            Assert.That(EHClauseReader.ReadCompressed(ref p), Is.EqualTo(0x1000000u));
            Assert.That(EHClauseReader.ReadCompressed(ref p), Is.EqualTo(0x12345678u));
            Assert.That(p - start, Is.EqualTo(encoded.Length));
        }
    }
}
