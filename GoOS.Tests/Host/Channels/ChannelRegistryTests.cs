using System.Text;
using GoOS.Kernel.Channels;
using NUnit.Framework;

namespace GoOS.Tests.Host.Channels;

/// <summary>The registry: publish, lookup (immediate and waiting), unpublish, listing, and names
/// dying with their publisher.</summary>
public class ChannelRegistryTests
{
    private RecordingHost _host;

    [SetUp]
    public void SetUp() => _host = RecordingHost.Create();

    private static byte[] Name(string text) => Encoding.ASCII.GetBytes(text);

    private static List<string> Names(ChannelRegistry registry)
    {
        var names = new List<string>();
        var buffer = new byte[ChannelName.MaxLength];
        for (int i = 0; registry.NameAt(i, buffer, out int length) == ChannelStatus.Ok; i++) names.Add(Encoding.ASCII.GetString(buffer, 0, length));
        return names;
    }

    [Test]
    public void PublishLookupAndUnpublish()
    {
        var registry = new ChannelRegistry();
        Channel keyboard = Kit.Make(8, 16);
        Assert.That(registry.Lookup(Name("keyboard"), out Channel found), Is.EqualTo(ChannelStatus.NotFound));
        Assert.That(found, Is.Null);
        Assert.That(registry.Publish(Name("keyboard"), keyboard, publisherId: 3, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(registry.Lookup(Name("keyboard"), out found), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(found, Is.SameAs(keyboard));
        Assert.That(registry.Lookup(Name("keyboarD"), out _), Is.EqualTo(ChannelStatus.NotFound), "names are case-sensitive");
        Assert.That(registry.Count, Is.EqualTo(1));
        Assert.That(registry.Unpublish(Name("keyboard"), 3), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(registry.Lookup(Name("keyboard"), out _), Is.EqualTo(ChannelStatus.NotFound));
        Assert.That(registry.Unpublish(Name("keyboard"), 3), Is.EqualTo(ChannelStatus.NotFound));
        Assert.That(registry.Publish(Name("keyboard"), keyboard, 4, ref _host), Is.EqualTo(ChannelStatus.Ok), "the name is free again");
    }

    [Test]
    public void ATakenNameIsRefusedAndTheFirstPublisherKeepsIt()
    {
        var registry = new ChannelRegistry();
        Channel first = Kit.Make(8, 0), second = Kit.Make(8, 0);
        registry.Publish(Name("console"), first, 1, ref _host);
        Assert.That(registry.Publish(Name("console"), second, 2, ref _host), Is.EqualTo(ChannelStatus.NameTaken));
        registry.Lookup(Name("console"), out Channel found);
        Assert.That(found, Is.SameAs(first));
        Assert.That(registry.PublisherAt(0), Is.EqualTo(1));
    }

    [Test]
    public void OnlyThePublisherMayUnpublish()
    {
        var registry = new ChannelRegistry();
        registry.Publish(Name("disk"), Kit.Make(8, 0), 1, ref _host);
        Assert.That(registry.Unpublish(Name("disk"), 2), Is.EqualTo(ChannelStatus.NotPublisher));
        Assert.That(registry.Lookup(Name("disk"), out _), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(registry.Unpublish(Name("disk"), 1), Is.EqualTo(ChannelStatus.Ok));
    }

    [Test]
    public void BadNamesAndFullRegistriesAreRefused()
    {
        var registry = new ChannelRegistry(capacity: 2);
        Channel channel = Kit.Make(8, 0);
        Assert.That(registry.Publish(Name(""), channel, 1, ref _host), Is.EqualTo(ChannelStatus.BadName));
        Assert.That(registry.Publish(Name(new string('x', 33)), channel, 1, ref _host), Is.EqualTo(ChannelStatus.BadName));
        Assert.That(registry.Publish(Name("has space"), channel, 1, ref _host), Is.EqualTo(ChannelStatus.BadName));
        Assert.That(registry.Publish(new byte[] { 0x61, 0xC3, 0xA9 }, channel, 1, ref _host), Is.EqualTo(ChannelStatus.BadName));
        Assert.That(registry.Lookup(Name(""), out _), Is.EqualTo(ChannelStatus.BadName));
        Assert.That(registry.Publish(Name("x"), null, 1, ref _host), Is.EqualTo(ChannelStatus.BadArgument));
        Assert.That(registry.Publish(Name(new string('x', 32)), channel, 1, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(registry.Publish(Name("b"), channel, 1, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(registry.Publish(Name("c"), channel, 1, ref _host), Is.EqualTo(ChannelStatus.RegistryFull));
        Assert.That(registry.Count, Is.EqualTo(2));
    }

    [Test]
    public void AWaitingLookupIsCompletedByALaterPublish()
    {
        var registry = new ChannelRegistry();
        var waiter = new Waiter();
        var other = new Waiter();
        Assert.That(registry.LookupOrWait(Name("net"), waiter, out Channel found), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(found, Is.Null);
        Assert.That(registry.LookupOrWait(Name("sound"), other, out _), Is.EqualTo(ChannelStatus.WouldBlock));
        Assert.That(registry.WaitingLookups, Is.EqualTo(2));

        Channel net = Kit.Make(8, 0);
        registry.Publish(Name("disk"), Kit.Make(8, 0), 1, ref _host);
        Assert.That(_host.Woken, Is.Empty, "another name wakes nobody");
        Assert.That(registry.Publish(Name("net"), net, 2, ref _host), Is.EqualTo(ChannelStatus.Ok));
        Assert.That(_host.Woken, Is.EqualTo(new[] { waiter }));
        Assert.That(waiter.Status, Is.EqualTo(ChannelStatus.Ok));
        Assert.That(waiter.LookedUp, Is.SameAs(net));
        Assert.That(registry.WaitingLookups, Is.EqualTo(1));

        Assert.That(registry.LookupOrWait(Name("net"), waiter, out found), Is.EqualTo(ChannelStatus.Ok), "published names are found at once");
        Assert.That(found, Is.SameAs(net));
    }

    [Test]
    public void SeveralLookupsOfOneNameAreAllCompleted()
    {
        var registry = new ChannelRegistry();
        var waiters = Enumerable.Range(0, 4).Select(_ => new Waiter(1)).ToArray();
        foreach (Waiter waiter in waiters) registry.LookupOrWait(Name("log"), waiter, out _);
        Channel log = Kit.Make(8, 0);
        registry.Publish(Name("log"), log, 9, ref _host);
        Assert.That(_host.Woken, Is.EqualTo(waiters));
        Assert.That(waiters.All(w => w.LookedUp == log), Is.True);
        Assert.That(registry.WaitingLookups, Is.Zero);
    }

    [Test]
    public void AWaitingLookupCancelledOnTimeoutIsForgotten()
    {
        var registry = new ChannelRegistry();
        var waiter = new Waiter();
        registry.LookupOrWait(Name("late"), waiter, out _);
        Assert.That(registry.LookupOrWait(Name("late"), waiter, out _), Is.EqualTo(ChannelStatus.Busy));
        Assert.That(waiter.Cancel(), Is.True, "the time limit passed");
        Assert.That(registry.WaitingLookups, Is.Zero);
        registry.Publish(Name("late"), Kit.Make(8, 0), 1, ref _host);
        Assert.That(_host.Woken, Is.Empty);
        Assert.That(waiter.Status, Is.EqualTo(ChannelStatus.Cancelled));
        Assert.That(waiter.LookedUp, Is.Null);
    }

    [Test]
    public void ANameDiesWithItsPublisherAndTheListFollows()
    {
        var registry = new ChannelRegistry();
        Channel channel = Kit.Make(8, 0);
        registry.Publish(Name("a"), channel, 1, ref _host);
        registry.Publish(Name("b"), channel, 2, ref _host);
        registry.Publish(Name("c"), channel, 1, ref _host);
        registry.Publish(Name("d"), channel, 3, ref _host);
        registry.Publish(Name("e"), channel, 1, ref _host);
        Assert.That(Names(registry), Is.EquivalentTo(new[] { "a", "b", "c", "d", "e" }));
        Assert.That(registry.RemoveAllOf(1), Is.EqualTo(3));
        Assert.That(Names(registry), Is.EquivalentTo(new[] { "b", "d" }));
        Assert.That(registry.Lookup(Name("c"), out _), Is.EqualTo(ChannelStatus.NotFound));
        Assert.That(registry.RemoveAllOf(1), Is.Zero);
        Assert.That(registry.NameAt(2, new byte[32], out _), Is.EqualTo(ChannelStatus.NotFound));
        Assert.That(registry.NameAt(0, new byte[0], out _), Is.EqualTo(ChannelStatus.BadSize));
    }
}
