using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>Go's select over channels that all live in user space (Select uses it when no
    /// case's channel is the kernel's): the channels are locked in Id order; the ready cases
    /// are tried in a random order (so each ready case is equally likely); otherwise a record
    /// per case is queued on its channel and the goroutine parks until one is completed.</summary>
    internal static unsafe class LocalSelect
    {
        private const int ValueBytes = 64;
        private static ulong s_random = 0x9E3779B97F4A7C15;

        /// <summary>The chosen case (its SelectCase.Ok set: 1 done, 0 closed), -1 for the default;
        /// retry when a channel was handed to the kernel meanwhile (run the select there).</summary>
        public static int Run(SelectCase[] cases, GoOS.Channel[] channels, byte[] values, int count, bool hasDefault, out bool retry)
        {
            retry = false;
            LocalChannel[] locals = Scratch();
            int* order = stackalloc int[count > 0 ? count : 1];
            int* lockOrder = stackalloc int[count > 0 ? count : 1];
            int live = 0;
            for (int i = 0; i < count; i++)
            {
                locals[i] = channels[i] == null ? null : ((ILocalChannelOwner)channels[i]).Local;
                if (locals[i] != null) order[live++] = i;
            }
            int distinct = SortForLocking(locals, order, live, lockOrder);
            Shuffle(order, live);
            fixed (byte* valueBase = values)
            {
                LockAll(locals, lockOrder, distinct);
                for (int k = 0; k < live; k++)
                {
                    int i = order[k];
                    byte* data = valueBase + i * ValueBytes;
                    Parking woken;
                    LocalChannel.Result result = cases[i].Receive != 0 ? locals[i].ReceiveLocked(data, out woken) : locals[i].SendLocked(data, out woken);
                    if (result == LocalChannel.Result.NotReady) continue;
                    UnlockAll(locals, lockOrder, distinct);
                    if (woken != null) LocalChannel.Wake(woken);
                    if (result == LocalChannel.Result.Promoted) { retry = true; return -1; }
                    cases[i].Ok = result == LocalChannel.Result.Ok ? 1 : 0;
                    return i;
                }
                if (hasDefault)
                {
                    UnlockAll(locals, lockOrder, distinct);
                    return -1;
                }
                ThreadWaits waits = ProgramThreads.BeginWait();
                ParkingGroup group = waits.Group;
                for (int k = 0; k < live; k++)
                {
                    int i = order[k];
                    Parking record = LocalChannel.Prepare(waits.Record(i + 1), valueBase + i * ValueBytes, i);
                    locals[i].Enqueue(record, cases[i].Receive != 0);
                }
                UnlockAll(locals, lockOrder, distinct);
                group.WaitUntilClaimed();
                LockAll(locals, lockOrder, distinct);
                for (int i = 0; i < count; i++)
                    if (locals[i] != null) locals[i].Dequeue(waits.Record(i + 1), cases[i].Receive != 0);
                UnlockAll(locals, lockOrder, distinct);
                if (group.State == Parking.Retry) { retry = true; return -1; }
                int chosen = group.ChosenCase;
                cases[chosen].Ok = group.State == Parking.Done ? 1 : 0;
                return chosen;
            }
        }

        // The case numbers of distinct channels in Id order (insertion sort: at most 64 cases,
        // usually made in order), so that two selects lock shared channels in the same order;
        // returns how many.
        private static int SortForLocking(LocalChannel[] locals, int* cases, int live, int* lockOrder)
        {
            int distinct = 0;
            for (int k = 0; k < live; k++)
            {
                LocalChannel channel = locals[cases[k]];
                int at = distinct;
                while (at > 0 && locals[lockOrder[at - 1]].Id > channel.Id) at--;
                if (at > 0 && locals[lockOrder[at - 1]] == channel) continue;   // a channel in two cases: locked once
                for (int j = distinct; j > at; j--) lockOrder[j] = lockOrder[j - 1];
                lockOrder[at] = cases[k];
                distinct++;
            }
            return distinct;
        }

        private static void LockAll(LocalChannel[] locals, int* lockOrder, int distinct)
        {
            for (int j = 0; j < distinct; j++) locals[lockOrder[j]].Lock();
        }

        private static void UnlockAll(LocalChannel[] locals, int* lockOrder, int distinct)
        {
            for (int j = distinct - 1; j >= 0; j--) locals[lockOrder[j]].Unlock();
        }

        // The calling thread's array of channels for a select (reused: a thread runs one select at a time).
        private static readonly LocalChannel[][] s_scratch = new LocalChannel[ProcessLimits.MaximumThreads][];

        private static LocalChannel[] Scratch() => s_scratch[ProgramThreads.CurrentSlot] ??= new LocalChannel[ChannelLimitsAbi.MaximumSelectCases];

        // Fisher-Yates with xorshift64* (races on the seed between goroutines only mix it more).
        private static void Shuffle(int* items, int count)
        {
            for (int i = count - 1; i > 0; i--)
            {
                ulong x = s_random;
                x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
                s_random = x;
                int j = (int)((x * 0x2545F4914F6CDD1D) % (ulong)(i + 1));
                int t = items[i]; items[i] = items[j]; items[j] = t;
            }
        }
    }
}
