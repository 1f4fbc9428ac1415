using System;
using GoOS.Kernel.Diagnostics;
using Internal.Runtime;
using Internal.Runtime.Exceptions;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.Processes;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>Handles CPU exceptions. In managed kernel code, a page fault in the unmapped low
    /// region becomes NullReferenceException and a divide error DivideByZeroException (or
    /// OverflowException for MinValue / -1), raised at the faulting instruction. Anything else
    /// stops the kernel with the exception's name, RIP, error code, CR2 and the method.</summary>
    internal static unsafe class CpuExceptions
    {
        private const ulong DoubleFault = 8, GeneralProtection = 13, PageFault = 14;
        /// <summary>Page-fault error code bit: the page was present (a protection violation).</summary>
        private const ulong PageFaultPresent = 1;

        /// <summary>Entered from InterruptStubs.asm with interrupts off, on the faulting stack (double
        /// fault, NMI and machine check: on their IST stacks). Returns only when a user page fault
        /// was resolved on demand (the instruction then runs again).</summary>
        public static void Handle(InterruptFrame* frame)
        {
            if ((frame->Cs & 3) == 3)
            {
                if (frame->Vector == PageFault && (frame->ErrorCode & PageFaultPresent) == 0 && DemandPaging.TryResolve(Cpu.ReadCr2())) return;
                OnUserFault(frame);
                return;
            }
            ulong* registers = stackalloc ulong[16];
            for (int i = 0; i < 16; i++) registers[i] = frame->Register(i);
            HardwareFaults.RaiseIfManaged(frame->Vector, frame->Vector == PageFault ? Cpu.ReadCr2() : 0, frame->Rip, registers);
            Stop(frame);
        }

        // A fault in ring 3 goes to the program's own fault handler when it has one (returns,
        // and the thread resumes there); otherwise it ends only the thread (or its process) that
        // caused it; the kernel and everything else go on.
        private static void OnUserFault(InterruptFrame* frame)
        {
            var fault = new FaultInfo { Vector = frame->Vector, InstructionPointer = frame->Rip, ErrorCode = frame->ErrorCode };
            if (frame->Vector == PageFault)
            {
                fault.Address = Cpu.ReadCr2();
                fault.StackOverflow = Scheduler.Current.Process != null ? Processes.UserLayout.IsStackGuard(fault.Address) : UserThreads.IsStackGuard(fault.Address);
            }
            // Port I/O without a grant ends the program, naming the port; its runtime is not asked.
            if (frame->Vector == GeneralProtection && PortInstruction.TryDecode(frame, out fault.Port)) fault.PortIo = true;
            Processes.Process process = Scheduler.Current.Process;
            if (process != null && process.FaultHandler != 0 && !fault.StackOverflow && !fault.PortIo && FaultDelivery.TryDeliver(process, frame, fault.Address)) return;
            Scheduler.EndCurrentForFault(fault);
        }

        // Prints without allocating: the heap or the stack may be what failed.
        private static void Stop(InterruptFrame* frame)
        {
            Log.Write("\nCPU exception ");
            Log.WriteDecimal(frame->Vector);
            Log.Write(" (");
            Log.Write(FaultDescription.Name(frame->Vector));
            Log.Write(") at RIP ");
            Log.WriteHex(frame->Rip);
            Log.Write(", error code ");
            Log.WriteHex(frame->ErrorCode);
            Log.Write(", CR2 ");
            Log.WriteHex(Cpu.ReadCr2());
            Log.Write(", RSP ");
            Log.WriteHex(frame->Rsp);
            // Page faults on a full stack cannot be delivered on that stack: the CPU raises a
            // double fault instead, which runs on its own IST stack.
            if (frame->Vector == DoubleFault) Log.Write("\n  double fault: kernel stack overflow? (a fault could not be delivered at that RSP)");
            Log.Write("\n  in ");
            // The image's method names cover C# code; the ELF symbols also cover the assembly stubs.
            byte* symbol = RuntimeSymbols.MethodNameUtf8At(frame->Rip, out ulong offset);
            if (symbol == null) symbol = KernelSymbols.Lookup(frame->Rip, out offset);
            if (symbol == null) Log.Write("unknown code");
            else
            {
                while (*symbol != 0) Log.Write((char)*symbol++);
                Log.Write("+");
                Log.WriteHex(offset);
            }
            Panic.Stop("unhandled CPU exception in the kernel");
        }
    }
}
