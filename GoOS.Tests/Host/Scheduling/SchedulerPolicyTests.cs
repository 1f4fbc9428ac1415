using GoOS.Kernel.Scheduling;
using Thread = GoOS.Kernel.Scheduling.Thread;
using ThreadPriority = GoOS.Kernel.Scheduling.ThreadPriority;
using ThreadState = GoOS.Kernel.Scheduling.ThreadState;
using NUnit.Framework;

namespace GoOS.Tests.Host.Scheduling;

/// <summary>The scheduling policy on the host: a fake timer drives Tick, and "running" a thread
/// means asking the policy who is current.</summary>
public class SchedulerPolicyTests
{
    private const ulong Millisecond = 1_000_000;
    private int _nextId;

    private Thread NewThread(string name, ThreadPriority priority = ThreadPriority.Normal) => new Thread(++_nextId, name, priority);

    // Runs the timer for 'ticks' ticks of 1 ms from 'start', switching whenever the policy says so;
    // returns which thread held the CPU at each tick.
    private static List<Thread> RunTicks(SchedulerPolicy policy, int ticks, ulong start = 0)
    {
        var trace = new List<Thread>();
        for (int i = 0; i < ticks; i++)
        {
            trace.Add(policy.Current);
            if (policy.Tick(start + (ulong)(i + 1) * Millisecond)) policy.SwitchAway(ThreadState.Runnable);
        }
        return trace;
    }

    [Test]
    public void EqualPrioritiesShareTheCpuRoundRobinInSlices()
    {
        Thread idle = NewThread("idle", ThreadPriority.Idle), a = NewThread("a"), b = NewThread("b"), c = NewThread("c");
        var policy = new SchedulerPolicy(a, idle);
        policy.MakeRunnable(b);
        policy.MakeRunnable(c);
        List<Thread> trace = RunTicks(policy, 12 * SchedulerPolicy.SliceTicks);
        Assert.That(trace.Count(t => t == a), Is.EqualTo(4 * SchedulerPolicy.SliceTicks));
        Assert.That(trace.Count(t => t == b), Is.EqualTo(4 * SchedulerPolicy.SliceTicks));
        Assert.That(trace.Count(t => t == c), Is.EqualTo(4 * SchedulerPolicy.SliceTicks));
        Assert.That(trace.Take(3 * SchedulerPolicy.SliceTicks).Where((t, i) => i % SchedulerPolicy.SliceTicks == 0), Is.EqualTo(new[] { a, b, c }));
    }

    [Test]
    public void ASpinningThreadCannotStarveItsPeers()
    {
        Thread idle = NewThread("idle", ThreadPriority.Idle), spinner = NewThread("spinner"), worker = NewThread("worker");
        var policy = new SchedulerPolicy(spinner, idle);
        policy.MakeRunnable(worker);
        List<Thread> trace = RunTicks(policy, 1000);
        Assert.That(trace.Count(t => t == worker), Is.InRange(450, 550));
    }

    [Test]
    public void HigherPriorityRunsFirstAndPreemptsOnWakeUp()
    {
        Thread idle = NewThread("idle", ThreadPriority.Idle), low = NewThread("low", ThreadPriority.Low), high = NewThread("high", ThreadPriority.High);
        var policy = new SchedulerPolicy(low, idle);
        Assert.That(policy.MakeRunnable(high), Is.True, "a higher-priority wake-up asks for preemption");
        Assert.That(policy.Tick(Millisecond), Is.True);
        Assert.That(policy.SwitchAway(ThreadState.Runnable), Is.SameAs(high));
        Assert.That(RunTicks(policy, 50).All(t => t == high), Is.True, "high keeps the CPU while it is runnable");
        policy.SwitchAway(ThreadState.Blocked);
        Assert.That(policy.Current, Is.SameAs(low));
    }

    [Test]
    public void AHandOffRunsTheWokenThreadOnlyWhenAWakeUpAndASwitchWouldHave()
    {
        Thread idle = NewThread("idle", ThreadPriority.Idle), a = NewThread("a"), b = NewThread("b"), c = NewThread("c");
        Thread low = NewThread("low", ThreadPriority.Low), high = NewThread("high", ThreadPriority.High);
        var policy = new SchedulerPolicy(a, idle);
        foreach (Thread t in new[] { b, c, low, high }) t.State = ThreadState.Blocked;

        Assert.That(policy.TryHandOff(b), Is.True, "nothing else runnable: b goes straight on");
        Assert.That(policy.Current, Is.SameAs(b));
        Assert.That(a.State, Is.EqualTo(ThreadState.Blocked));
        Assert.That(b.State, Is.EqualTo(ThreadState.Running));
        Assert.That(policy.ReadyCount, Is.EqualTo(0));

        policy.MakeRunnable(c);
        a.State = ThreadState.Blocked;
        Assert.That(policy.TryHandOff(a), Is.False, "c waits at a's priority: a must queue behind it");
        Assert.That(policy.Current, Is.SameAs(b), "a refused hand-off changes nothing");
        Assert.That(policy.TryHandOff(low), Is.False, "a lower priority than the waker's does not jump ahead");
        Assert.That(policy.SwitchAway(ThreadState.Blocked), Is.SameAs(c));
        Assert.That(policy.TryHandOff(high), Is.True, "a higher priority goes first");
        Assert.That(policy.TryHandOff(a), Is.False, "only a blocked thread of at least the current priority");
    }

    [Test]
    public void BlockedThreadsDoNotRunUntilWoken()
    {
        Thread idle = NewThread("idle", ThreadPriority.Idle), a = NewThread("a"), b = NewThread("b");
        var policy = new SchedulerPolicy(a, idle);
        policy.MakeRunnable(b);
        Assert.That(policy.SwitchAway(ThreadState.Blocked), Is.SameAs(b));
        Assert.That(RunTicks(policy, 20).All(t => t == b), Is.True);
        Assert.That(a.State, Is.EqualTo(ThreadState.Blocked));
        Assert.That(policy.MakeRunnable(a), Is.False, "equal priority: no preemption");
        Assert.That(RunTicks(policy, 20).Contains(a), Is.True);
    }

    [Test]
    public void IdleRunsOnlyWhenNothingElseCanAndYieldsAtOnce()
    {
        Thread idle = NewThread("idle", ThreadPriority.Idle), a = NewThread("a");
        var policy = new SchedulerPolicy(a, idle);
        Assert.That(policy.SwitchAway(ThreadState.Blocked), Is.SameAs(idle));
        Assert.That(policy.Tick(Millisecond), Is.False, "idle keeps the CPU when nothing is ready");
        policy.MakeRunnable(a);
        Assert.That(policy.Tick(2 * Millisecond), Is.True, "idle gives way as soon as a thread is ready");
        Assert.That(policy.SwitchAway(ThreadState.Runnable), Is.SameAs(a));
    }

    [Test]
    public void SleepersWakeAtTheirDeadlinesInOrder()
    {
        Thread idle = NewThread("idle", ThreadPriority.Idle), main = NewThread("main"), late = NewThread("late"), early = NewThread("early");
        var policy = new SchedulerPolicy(late, idle);
        policy.MakeRunnable(early);
        policy.MakeRunnable(main);
        Assert.That(policy.SwitchAway(ThreadState.Sleeping, wakeAt: 30 * Millisecond), Is.SameAs(early));
        Assert.That(policy.SwitchAway(ThreadState.Sleeping, wakeAt: 10 * Millisecond), Is.SameAs(main));
        Assert.That(policy.NextWakeUp, Is.EqualTo(10 * Millisecond));
        policy.SwitchAway(ThreadState.Blocked);
        Assert.That(policy.Current, Is.SameAs(idle));

        var woken = new List<Thread>();
        for (ulong now = 1; now <= 40; now++)
        {
            if (policy.Tick(now * Millisecond)) woken.Add(policy.SwitchAway(ThreadState.Blocked));
        }
        Assert.That(woken, Is.EqualTo(new[] { early, late }));
        Assert.That(policy.NextWakeUp, Is.EqualTo(ulong.MaxValue));
    }

    [Test]
    public void WakingASleeperEarlyTakesItOffTheSleepList()
    {
        Thread idle = NewThread("idle", ThreadPriority.Idle), a = NewThread("a");
        var policy = new SchedulerPolicy(a, idle);
        policy.SwitchAway(ThreadState.Sleeping, wakeAt: 100 * Millisecond);
        policy.MakeRunnable(a);
        Assert.That(policy.NextWakeUp, Is.EqualTo(ulong.MaxValue));
        Assert.That(policy.SwitchAway(ThreadState.Runnable), Is.SameAs(a));
    }
}
