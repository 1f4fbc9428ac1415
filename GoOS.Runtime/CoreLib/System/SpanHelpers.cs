using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>Fill and clear helpers ILC calls for initblk, Span.Clear and array clearing.</summary>
    internal static unsafe class SpanHelpers
    {
        public static void ClearWithoutReferences(ref byte destination, nuint byteLength)
        {
            Memory.Zero(Unsafe.AsPointer(ref destination), byteLength);
        }

        public static void ClearWithReferences(ref nint destination, nuint pointerSizeLength)
        {
            Memory.Zero(Unsafe.AsPointer(ref destination), pointerSizeLength * (nuint)sizeof(nint));
        }

        public static void Fill(ref byte destination, byte value, nuint count)
        {
            Memory.Fill((byte*)Unsafe.AsPointer(ref destination), value, count);
        }

        public static void Memmove(ref byte destination, ref byte source, nuint length) => Buffer.Memmove(ref destination, ref source, length);
    }
}
