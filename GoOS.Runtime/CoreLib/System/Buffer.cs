using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>Block copies ILC calls for struct copies and array moves.</summary>
    public static unsafe class Buffer
    {
        public static void Memmove(ref byte destination, ref byte source, nuint length)
        {
            Memory.Move((byte*)Unsafe.AsPointer(ref destination), (byte*)Unsafe.AsPointer(ref source), length);
        }

        public static void Memmove<T>(ref T destination, ref T source, nuint elementCount)
        {
            Memmove(ref Unsafe.As<T, byte>(ref destination), ref Unsafe.As<T, byte>(ref source), elementCount * (nuint)Unsafe.SizeOf<T>());
        }

        /// <summary>Moves memory that holds object references. The heap does not move objects
        /// and needs no card marking, so this is a plain move of whole words.</summary>
        public static void BulkMoveWithWriteBarrier(ref byte destination, ref byte source, nuint byteCount)
        {
            Memmove(ref destination, ref source, byteCount);
        }

        public static void MemoryCopy(void* source, void* destination, long destinationSizeInBytes, long sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes) throw new ArgumentOutOfRangeException(nameof(sourceBytesToCopy));
            Memory.Move((byte*)destination, (byte*)source, (ulong)sourceBytesToCopy);
        }

        public static void BlockCopy(Array source, int sourceOffset, Array destination, int destinationOffset, int count)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (destination == null) throw new ArgumentNullException(nameof(destination));
            ulong sourceBytes = (ulong)source.Length * RuntimeServices.MethodTableOf(source)->ComponentSize;
            ulong destinationBytes = (ulong)destination.Length * RuntimeServices.MethodTableOf(destination)->ComponentSize;
            if (sourceOffset < 0 || destinationOffset < 0 || count < 0 || (ulong)sourceOffset + (ulong)count > sourceBytes || (ulong)destinationOffset + (ulong)count > destinationBytes)
                throw new ArgumentOutOfRangeException(nameof(count));
            byte* from = (byte*)RuntimeServices.AddressOf(source) + 16 + sourceOffset;
            byte* to = (byte*)RuntimeServices.AddressOf(destination) + 16 + destinationOffset;
            Memory.Move(to, from, (ulong)count);
        }
    }
}
