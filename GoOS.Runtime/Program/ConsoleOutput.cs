using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>Text from a program to the kernel log (COM1 and the screen), as ASCII: characters
    /// outside ASCII are written as '?'. Each call is one DebugWrite per 256 characters.</summary>
    internal static unsafe class ConsoleOutput
    {
        private const int ChunkBytes = 256;

        public static void Write(string text)
        {
            if (text == null) return;
            fixed (char* chars = text) Write(chars, text.Length);
        }

        public static void Write(char* text, int length)
        {
            byte* chunk = stackalloc byte[ChunkBytes];
            while (length > 0)
            {
                int count = length < ChunkBytes ? length : ChunkBytes;
                for (int i = 0; i < count; i++) chunk[i] = text[i] < 128 ? (byte)text[i] : (byte)'?';
                KernelCall.Call(SystemCall.DebugWrite, (ulong)chunk, (ulong)count);
                text += count;
                length -= count;
            }
        }
    }
}
