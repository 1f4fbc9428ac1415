using GoOS.Abi;
using GoOS.Kernel.UserMode;

namespace GoOS.Kernel.Arch.X64
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Hands a ring-3 CPU exception to the faulting program's runtime, as a signal is
    /// delivered: a FaultFrame goes on the thread's stack below its red zone, and the interrupt
    /// frame is changed so that iretq continues at the process's fault handler with rdi = the
    /// FaultFrame. Interrupts off, in the process's address space.</summary>
    internal static unsafe class FaultDelivery
    {
        private const ulong RedZone = 128;
        private const ulong DirectionFlag = 1UL << 10;

        /// <summary>False (nothing changed) when the thread's stack cannot take the frame.</summary>
        public static bool TryDeliver(Process process, InterruptFrame* frame, ulong faultAddress)
        {
            ulong frameAddress = (frame->Rsp - RedZone - (ulong)sizeof(FaultFrame)) & ~15UL;
            ulong returnSlot = frameAddress - 8;
            if (frameAddress > frame->Rsp) return false;
            if (UserMemory.CheckRange(returnSlot, (ulong)sizeof(FaultFrame) + 8, forWriting: true) != Status.Ok) return false;
            var fault = (FaultFrame*)frameAddress;
            fault->Vector = frame->Vector;
            fault->ErrorCode = frame->ErrorCode;
            fault->Address = faultAddress;
            fault->Rip = frame->Rip;
            fault->Rflags = frame->Rflags;
            for (int i = 0; i < FaultFrame.RegisterCount; i++) fault->Registers[i] = frame->Register(i);
            *(ulong*)returnSlot = 0;   // the handler never returns
            frame->Rip = process.FaultHandler;
            frame->Rsp = returnSlot;
            frame->Rdi = frameAddress;
            frame->Rflags &= ~DirectionFlag;
            return true;
        }
    }
}
