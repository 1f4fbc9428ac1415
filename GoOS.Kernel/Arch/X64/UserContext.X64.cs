using GoOS.Abi;
using GoOS.Kernel.Scheduling;
using GoOS.Kernel.SystemCalls;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The user-mode registers of a thread that is not running, read from the frame its
    /// last entry into the kernel left at the top of its kernel stack: an InterruptFrame (timer
    /// or other interrupt; the top word is the user SS) or a SystemCallFrame (top word 0). A
    /// thread that never reached ring 3 has only its start state. Interrupts off.</summary>
    internal static unsafe class UserContext
    {
        /// <summary>Writes thread's user rsp, stack top and rax..r15 (ThreadContext order).</summary>
        public static void Read(Thread thread, ulong userStackTop, ThreadContext* context)
        {
            context->StackTop = userStackTop;
            ulong* r = context->Registers;
            for (int i = 0; i < 15; i++) r[i] = 0;
            ulong top = thread.StackTop;
            if (!thread.EnteredUserMode)
            {
                context->StackPointer = thread.UserStackTop;
                r[5] = thread.UserArgument;   // rdi
                r[4] = thread.UserArgument2;  // rsi
                return;
            }
            if (*(ulong*)(top - 8) == 0)
            {
                var call = (SystemCallFrame*)(top - SystemCallFrame.Words * 8);
                context->StackPointer = call->UserRsp;
                r[0] = call->Number; r[1] = call->Rbx; r[2] = call->UserRip; r[3] = call->Argument2;
                r[4] = call->Argument1; r[5] = call->Argument0; r[6] = call->Rbp;
                r[7] = call->Argument4; r[8] = call->Argument5; r[9] = call->Argument3; r[10] = call->UserRflags;
                r[11] = call->R12; r[12] = call->R13; r[13] = call->R14; r[14] = call->R15;
                return;
            }
            var frame = (InterruptFrame*)(top - (ulong)sizeof(InterruptFrame));
            context->StackPointer = frame->Rsp;
            r[0] = frame->Rax; r[1] = frame->Rbx; r[2] = frame->Rcx; r[3] = frame->Rdx;
            r[4] = frame->Rsi; r[5] = frame->Rdi; r[6] = frame->Rbp;
            r[7] = frame->R8; r[8] = frame->R9; r[9] = frame->R10; r[10] = frame->R11;
            r[11] = frame->R12; r[12] = frame->R13; r[13] = frame->R14; r[14] = frame->R15;
        }
    }
}
