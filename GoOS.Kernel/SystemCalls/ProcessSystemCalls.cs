using GoOS.Abi;
using GoOS.Kernel.Channels;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Memory;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.SystemCalls
{
    using Channel = GoOS.Kernel.Channels.Channel;
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>The process calls (ABI: GoOS.Runtime/Abi/SystemCalls.cs): ExitProcess, Spawn,
    /// Wait, Kill, ListProcesses, StartThread, GetProcessId. Each checks its arguments before
    /// acting (SetFaultHandler too). Run in the calling thread's address space, interrupts off.</summary>
    internal static unsafe class ProcessSystemCalls
    {
        /// <summary>Ends the caller's process (or, for a thread outside any process, the thread). Never returns.</summary>
        public static void ExitProcess(ulong code, ulong reason)
        {
            Process process = Scheduler.Current.Process;
            if (process != null)
            {
                ExitReason why = reason <= (ulong)ExitReason.Deadlock ? (ExitReason)reason : ExitReason.RuntimeFailure;
                if (why != ExitReason.Normal) LogEnd(process, why, (long)code);
                ProcessTable.End(process, (long)code, why);
            }
            Scheduler.Exit((long)code);
        }

        /// <summary>Spawn passes at most this many channel handles to the child.</summary>
        public const ulong MaximumPassedChannels = 16;

        public static long Spawn(ulong name, ulong nameLength, ulong arguments, ulong argumentsLength, ulong channels, ulong channelCount)
        {
            if (nameLength == 0 || nameLength > ProcessLimits.MaximumNameBytes || argumentsLength > ProcessLimits.MaximumArgumentBytes) return (long)Status.BadLength;
            if (channelCount > MaximumPassedChannels) return (long)Status.BadLength;
            Status check = UserMemory.CheckRange(name, nameLength, forWriting: false);
            if (check == Status.Ok) check = UserMemory.CheckRange(arguments, argumentsLength, forWriting: false);
            if (check == Status.Ok) check = UserMemory.CheckRange(channels, channelCount * 8, forWriting: false);
            if (check != Status.Ok) return (long)check;
            Process parent = Scheduler.Current.Process;
            for (ulong i = 0; i < channelCount; i++)
                if (parent == null || parent.Channels.Get(((long*)channels)[i], ChannelRights.None) == null) return (long)Status.BadHandle;
            int handle = -1;
            if (parent != null)
            {
                handle = parent.FreeHandle();
                if (handle < 0) return (long)Status.NoHandles;
            }
            Process child = ProcessTable.Spawn(parent, (byte*)name, (int)nameLength, (byte*)arguments, (int)argumentsLength, out Status status);
            if (child == null) return (long)status;
            for (ulong i = 0; i < channelCount; i++)
            {
                long passed = ((long*)channels)[i];
                child.Channels.Add(parent.Channels.Get(passed, ChannelRights.None), parent.Channels.RightsOf(passed));
            }
            if (parent == null) return 0;
            parent.Handles[handle] = child;
            return handle;
        }

        public static long Wait(ulong handle, ulong info)
        {
            Process parent = Scheduler.Current.Process;
            Process child = parent?.Handle((long)handle);
            if (child == null) return (long)Status.BadHandle;
            if (UserMemory.CheckRange(info, (ulong)sizeof(ProcessExitInfo), forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            while (child.State != ProcessState.Ended)
            {
                child.Waiter = Scheduler.Current;
                Scheduler.Block();
            }
            // Another thread of the caller may have unmapped the buffer while this one waited.
            if (UserMemory.CheckRange(info, (ulong)sizeof(ProcessExitInfo), forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            if (parent.Handles[handle] != child) return (long)Status.BadHandle;   // another thread waited for it first
            ((ProcessExitInfo*)info)->Code = child.ExitCode;
            ((ProcessExitInfo*)info)->Reason = child.ExitReason;
            parent.Handles[handle] = null;
            ProcessTable.Forget(child);
            return (long)Status.Ok;
        }

        public static long Kill(ulong handle)
        {
            Process child = Scheduler.Current.Process?.Handle((long)handle);
            if (child == null) return (long)Status.BadHandle;
            if (child.State != ProcessState.Running) return (long)Status.AlreadyEnded;
            LogEnd(child, ExitReason.Killed, -1);
            ProcessTable.End(child, -1, ExitReason.Killed);
            return (long)Status.Ok;
        }

        public static long List(ulong buffer, ulong capacity)
        {
            if (capacity > ProcessTable.MaximumProcesses) return (long)Status.BadLength;
            if (UserMemory.CheckRange(buffer, capacity * (ulong)sizeof(ProcessInfo), forWriting: true) != Status.Ok) return (long)Status.BadAddress;
            ProcessInfo* entries = (ProcessInfo*)buffer;
            ulong count = 0;
            for (int i = 0; i < ProcessTable.MaximumProcesses; i++)
            {
                Process process = ProcessTable.At(i);
                if (process == null) continue;
                if (count < capacity)
                {
                    ProcessInfo* entry = entries + count;
                    entry->Id = process.Id;
                    entry->ParentId = process.Parent != null ? process.Parent.Id : 0;
                    entry->State = process.State == ProcessState.Running ? ProcessRunState.Running
                        : process.State == ProcessState.Ending ? ProcessRunState.Ending : ProcessRunState.Ended;
                    entry->Threads = process.ThreadCount;
                    entry->Pages = (long)process.Pages;
                    Memory.Ledger.OwnerPages heap = HeapPages.PagesOf(process.OwnerNumber);
                    entry->HeldPages = heap.Held;
                    entry->ForeignPages = heap.Foreign;
                    entry->DirtyHeldPages = heap.DirtyHeld;
                    entry->SharedPages = heap.Shared;
                    string name = process.Name;
                    for (int c = 0; c < ProcessInfo.NameBytes; c++)
                        entry->Name[c] = c < name.Length && c < ProcessInfo.NameBytes - 1 ? (byte)name[c] : (byte)0;
                }
                count++;
            }
            return (long)count;
        }

        public static long StartThread(ulong entry, ulong argument)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            if (UserMemory.CheckRange(entry, 1, forWriting: false) != Status.Ok) return (long)Status.BadAddress;
            Thread thread = ProcessTable.StartThread(process, entry, argument, out Status status);
            return thread == null ? (long)status : thread.Id;
        }

        public static long SetFaultHandler(ulong entry)
        {
            Process process = Scheduler.Current.Process;
            if (process == null) return (long)Status.InvalidSystemCall;
            if (entry != 0 && UserMemory.CheckRange(entry, 1, forWriting: false) != Status.Ok) return (long)Status.BadAddress;
            process.FaultHandler = entry;
            return (long)Status.Ok;
        }

        public static long Unpark(ulong slot)
        {
            Process process = Scheduler.Current.Process;
            return process == null ? (long)Status.BadHandle : (long)ThreadParking.Unpark(process, slot);
        }

        public static long GetProcessId()
        {
            Process process = Scheduler.Current.Process;
            return process == null ? 0 : process.Id;
        }

        // One line in the log when a process ends other than normally (faults log themselves).
        private static void LogEnd(Process process, ExitReason reason, long code)
        {
            Log.Write("process ");
            Log.Write(process.Name);
            Log.Write(" (");
            Log.WriteDecimal((ulong)process.Id);
            Log.Write(reason == ExitReason.Killed ? ") killed\n"
                : reason == ExitReason.UnhandledException ? ") ended: unhandled exception\n"
                : reason == ExitReason.Faulted ? ") ended: fault\n" : ") ended: runtime failure\n");
        }
    }
}
