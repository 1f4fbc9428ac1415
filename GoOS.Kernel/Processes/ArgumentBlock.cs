using GoOS.Abi;
using GoOS.Kernel.Memory;

namespace GoOS.Kernel.Processes
{
    /// <summary>Builds argc/argv at the top of a new process's main stack (ABI: "Process start"
    /// in GoOS.Runtime/Abi/SystemCalls.cs): the strings first, then the NULL-terminated pointer
    /// array below them, 16-byte aligned. Writes through the direct map. Interrupts off.</summary>
    internal static unsafe class ArgumentBlock
    {
        /// <summary>Writes argv[0] = name and then each NUL-terminated string of arguments
        /// (argumentsLength bytes, already checked, read in the caller's space; a missing final
        /// NUL is supplied). Returns the initial stack pointer; argc and argv come back.</summary>
        public static ulong Write(Process process, ulong stackTop, string name, byte* arguments, int argumentsLength, out ulong argc, out ulong argv)
        {
            const int MaximumArguments = 64;
            ulong* pointers = stackalloc ulong[MaximumArguments + 1];
            int count = 0;
            ulong cursor = stackTop;

            // argv[0]: the program's name.
            cursor -= (ulong)name.Length + 1;
            pointers[count++] = cursor;
            for (int i = 0; i < name.Length; i++) Poke(process, cursor + (ulong)i, (byte)name[i]);
            Poke(process, cursor + (ulong)name.Length, 0);

            int start = 0;
            for (int i = 0; i <= argumentsLength && count < MaximumArguments; i++)
            {
                if (i < argumentsLength && arguments[i] != 0) continue;
                if (i == argumentsLength && i == start) break;
                int length = i - start;
                cursor -= (ulong)length + 1;
                pointers[count++] = cursor;
                for (int b = 0; b < length; b++) Poke(process, cursor + (ulong)b, arguments[start + b]);
                Poke(process, cursor + (ulong)length, 0);
                start = i + 1;
            }
            pointers[count] = 0;

            cursor &= ~15UL;
            cursor -= (ulong)(count + 1) * 8;
            cursor &= ~15UL;
            for (int i = 0; i <= count; i++)
                for (int b = 0; b < 8; b++) Poke(process, cursor + (ulong)i * 8 + (ulong)b, (byte)(pointers[i] >> (8 * b)));
            argc = (ulong)count;
            argv = cursor;
            return cursor - 16;
        }

        // Stores one byte at a user address of the process (the page must be mapped).
        private static void Poke(Process process, ulong address, byte value)
        {
            if (KernelAddressSpace.Mapper.Query(process.AddressSpaceRoot, address, out ulong physical, out _, out _) != MemoryStatus.Ok) return;
            *(byte*)KernelLayout.PhysicalToVirtual(physical) = value;
        }
    }
}
