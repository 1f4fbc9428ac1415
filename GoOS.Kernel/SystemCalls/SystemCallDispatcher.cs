using System.Runtime;
using System.Runtime.CompilerServices;
using GoOS.Abi;
using GoOS.Kernel.Arch.X64;
using GoOS.Kernel.Diagnostics;
using GoOS.Kernel.Processes;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.SystemCalls
{
    /// <summary>Carries out system calls (ABI: GoOS.Runtime/Abi/SystemCalls.cs). Entered from
    /// SyscallEntry.asm on the calling thread's kernel stack, in its address space, with
    /// interrupts off. Checks every argument before acting on it.</summary>
    internal static unsafe class SystemCallDispatcher
    {
        /// <summary>DebugWrite accepts at most this many bytes per call.</summary>
        public const ulong MaximumDebugWrite = 4096;

        [RuntimeImport("goos_syscall_install"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void Install(delegate*<SystemCallFrame*, long> handler, ulong star);

        /// <summary>Enables the syscall instruction. Called once at boot, after the GDT is loaded.</summary>
        public static void Initialize() => Install(&Handle, Gdt.SyscallStar);

        private static long Handle(SystemCallFrame* frame)
        {
            switch ((SystemCall)frame->Number)
            {
                case SystemCall.Null:
                    return (long)Status.Ok;
                case SystemCall.DebugWrite:
                    return DebugWrite(frame->Argument0, frame->Argument1);
                case SystemCall.Exit:
                    Scheduler.Exit((long)frame->Argument0);
                    return (long)Status.Ok;
                case SystemCall.Yield:
                    Scheduler.Yield();
                    return (long)Status.Ok;
                case SystemCall.ExitProcess:
                    ProcessSystemCalls.ExitProcess(frame->Argument0, frame->Argument1);
                    return (long)Status.Ok;
                case SystemCall.Spawn:
                    return ProcessSystemCalls.Spawn(frame->Argument0, frame->Argument1, frame->Argument2, frame->Argument3, frame->Argument4, frame->Argument5);
                case SystemCall.Wait:
                    return ProcessSystemCalls.Wait(frame->Argument0, frame->Argument1);
                case SystemCall.Kill:
                    return ProcessSystemCalls.Kill(frame->Argument0);
                case SystemCall.ListProcesses:
                    return ProcessSystemCalls.List(frame->Argument0, frame->Argument1);
                case SystemCall.StartThread:
                    return ProcessSystemCalls.StartThread(frame->Argument0, frame->Argument1);
                case SystemCall.MapHeap:
                    return MemorySystemCalls.MapHeap(frame->Argument0);
                case SystemCall.UnmapHeap:
                    return MemorySystemCalls.UnmapHeap(frame->Argument0, frame->Argument1);
                case SystemCall.GetMemoryInfo:
                    return MemorySystemCalls.GetMemoryInfo(frame->Argument0);
                case SystemCall.SuspendOtherThreads:
                    return ThreadSuspension.SuspendOthers(frame->Argument0, frame->Argument1);
                case SystemCall.ResumeOtherThreads:
                    return ThreadSuspension.ResumeOthers();
                case SystemCall.GetProcessId:
                    return ProcessSystemCalls.GetProcessId();
                case SystemCall.Sleep:
                    Scheduler.Sleep(frame->Argument0);
                    return (long)Status.Ok;
                case SystemCall.GetTime:
                    return (long)Clock.NowNanoseconds;
                case SystemCall.ChannelCreate:
                    return ChannelSystemCalls.Create(frame->Argument0, frame->Argument1, frame->Argument2);
                case SystemCall.ChannelSend:
                    return ChannelSystemCalls.Send(frame->Argument0, frame->Argument1, frame->Argument2);
                case SystemCall.ChannelReceive:
                    return ChannelSystemCalls.Receive(frame->Argument0, frame->Argument1, frame->Argument2);
                case SystemCall.ChannelClose:
                    return ChannelSystemCalls.Close(frame->Argument0);
                case SystemCall.HandleClose:
                    return ChannelSystemCalls.CloseHandle(frame->Argument0);
                case SystemCall.ChannelInfo:
                    return ChannelSystemCalls.Info(frame->Argument0, frame->Argument1);
                case SystemCall.Select:
                    return ChannelSystemCalls.Select(frame->Argument0, frame->Argument1, frame->Argument2);
                case SystemCall.Publish:
                    return RegistrySystemCalls.Publish(frame->Argument0, frame->Argument1, frame->Argument2);
                case SystemCall.Lookup:
                    return RegistrySystemCalls.Lookup(frame->Argument0, frame->Argument1, frame->Argument2);
                case SystemCall.Unpublish:
                    return RegistrySystemCalls.Unpublish(frame->Argument0, frame->Argument1);
                case SystemCall.HandleDuplicate:
                    return ChannelSystemCalls.Duplicate(frame->Argument0, frame->Argument1);
                case SystemCall.ThreadPark:
                    return ThreadParking.Park();
                case SystemCall.IrqClaim:
                    return Scheduler.Current.Process == null ? (long)Status.InvalidSystemCall : Devices.DeviceInterrupts.Claim(Scheduler.Current.Process, frame->Argument0);
                case SystemCall.Power:
                    return PowerSystemCalls.Power(frame->Argument0);
                case SystemCall.ScreenClaim:
                    return Scheduler.Current.Process == null ? (long)Status.InvalidSystemCall : Devices.ScreenClaim.Claim(Scheduler.Current.Process, frame->Argument0);
                case SystemCall.ObjectRelease:
                    return MemorySystemCalls.ReleaseObject(frame->Argument0, frame->Argument1);
                case SystemCall.ThreadUnpark:
                    return ProcessSystemCalls.Unpark(frame->Argument0);
                case SystemCall.ListNames:
                    return RegistrySystemCalls.ListNames(frame->Argument0, frame->Argument1);
                case SystemCall.SetFaultHandler:
                    return ProcessSystemCalls.SetFaultHandler(frame->Argument0);
                default:
                    return (long)Status.InvalidSystemCall;
            }
        }

        // Writes text[0..length) from user memory to the kernel log.
        private static long DebugWrite(ulong text, ulong length)
        {
            if (length > MaximumDebugWrite) return (long)Status.BadLength;
            Status check = UserMemory.CheckRange(text, length, forWriting: false);
            if (check != Status.Ok) return (long)check;
            byte* bytes = (byte*)text;
            for (ulong i = 0; i < length; i++) Log.Write((char)bytes[i]);
            return (long)length;
        }
    }
}
