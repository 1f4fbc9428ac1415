using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>The machine side of kernel threads: preparing a new thread's stack so that the
    /// first switch to it starts its entry, and switching between threads (ContextSwitch.asm).</summary>
    internal static unsafe class ThreadStack
    {
        // Must agree with the frame layout in ContextSwitch.asm.
        private const int SavedControlOffset = 0, SavedR12Offset = 8 + 3 * 8, SavedR13Offset = 8 + 2 * 8, ReturnAddressOffset = 8 + 6 * 8;
        private const int FrameSize = ReturnAddressOffset + 8;
        private const uint DefaultMxcsr = 0x1F80;     // all SSE exceptions masked, round to nearest
        private const ushort DefaultFpuControl = 0x037F;

        [RuntimeImport("goos_switch_context"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Switch(ulong* saveStackPointer, ulong resumeStackPointer);

        [RuntimeImport("goos_thread_trampoline_address"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong TrampolineAddress();

        /// <summary>Writes the initial switch frame at the top of [stackBase, stackTop) and returns
        /// the stack pointer to resume the new thread with: it will call entry(argument).</summary>
        public static ulong Prepare(ulong stackTop, delegate*<nint, void> entry, nint argument)
        {
            ulong top = stackTop & ~15UL;
            byte* frame = (byte*)(top - 16 - FrameSize);
            for (int i = 0; i < FrameSize; i++) frame[i] = 0;
            *(uint*)(frame + SavedControlOffset) = DefaultMxcsr;
            *(ushort*)(frame + SavedControlOffset + 4) = DefaultFpuControl;
            *(ulong*)(frame + SavedR12Offset) = (ulong)entry;
            *(ulong*)(frame + SavedR13Offset) = (ulong)argument;
            *(ulong*)(frame + ReturnAddressOffset) = TrampolineAddress();
            return (ulong)frame;
        }
    }
}
