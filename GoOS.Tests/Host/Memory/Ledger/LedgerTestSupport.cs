using GoOS.Kernel.Memory.Ledger;
using NUnit.Framework;

namespace GoOS.Tests.Host.Memory.Ledger;

/// <summary>The ILedgerHost of the tests: records every report (the lists are shared by copies).
/// Left has one entry per page an owner left, whatever run reported it; Runs has the calls as
/// made; Order has every page left (false) and freed (true) in the order reported.</summary>
internal struct RecordingLedgerHost : ILedgerHost
{
    public List<(ulong Page, ulong Frame)> Freed;
    public List<(ulong Page, int Owner)> Left;
    public List<(ulong First, ulong Pages, int Owner)> Runs;
    public List<(bool Freed, ulong Page)> Order;

    public static RecordingLedgerHost Create() => new RecordingLedgerHost
    {
        Freed = new List<(ulong, ulong)>(),
        Left = new List<(ulong, int)>(),
        Runs = new List<(ulong, ulong, int)>(),
        Order = new List<(bool, ulong)>(),
    };

    public void PageFreed(ulong page, ulong frame)
    {
        Freed.Add((page, frame));
        Order.Add((true, page));
    }

    public void OwnerLeft(ulong firstPage, ulong pages, int owner)
    {
        Assert.That(pages, Is.GreaterThan(0UL), "an empty run reported");
        Runs.Add((firstPage, pages, owner));
        for (ulong page = firstPage; page - firstPage < pages; page++)
        {
            Left.Add((page, owner));
            Order.Add((false, page));
        }
    }
}

/// <summary>A host that only counts, so that measuring allocations measures the ledger alone.</summary>
internal struct CountingLedgerHost : ILedgerHost
{
    public long Freed;
    public long Left;

    public void PageFreed(ulong page, ulong frame) => Freed++;

    public void OwnerLeft(ulong firstPage, ulong pages, int owner) => Left++;
}

internal static class LedgerKit
{
    /// <summary>Pages in the real heap range (16 GiB of 4 KiB pages).</summary>
    public const ulong HeapPages = (16UL << 30) / 4096;

    /// <summary>A ledger over the real range with owners 1..maximumOwner all started.</summary>
    public static PageLedger<RecordingLedgerHost> Make(int capacity = 64, int maximumOwner = 8, int started = 8)
    {
        var ledger = new PageLedger<RecordingLedgerHost>(HeapPages, capacity, maximumOwner, RecordingLedgerHost.Create());
        for (int owner = 1; owner <= started; owner++) Ok(ledger.ProcessStarted(owner));
        return ledger;
    }

    public static void Ok(LedgerStatus status) => Assert.That(status, Is.EqualTo(LedgerStatus.Ok));

    public static PageState State(PageLedger<RecordingLedgerHost> ledger, ulong page)
    {
        Assert.That(ledger.TryGetPage(page, out PageState state), Is.True, $"page {page} is in use");
        return state;
    }

    public static OwnerPages Pages(PageLedger<RecordingLedgerHost> ledger, int owner)
    {
        Ok(ledger.CountPages(owner, out OwnerPages pages));
        return pages;
    }
}
