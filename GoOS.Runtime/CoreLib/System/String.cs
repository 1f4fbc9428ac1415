using System.Runtime.CompilerServices;
using Internal.Runtime.CompilerHelpers;

namespace System
{
    /// <summary>An immutable UTF-16 string. Layout agreed with ILC: length at offset 8, the
    /// characters from offset 12, always followed by a terminating NUL.</summary>
    public sealed partial class String
    {
        // Field names are fixed by ILC.
        private int _stringLength;
        private char _firstChar;

        public static readonly string Empty = "";

        public int Length => _stringLength;

        [IndexerName("Chars")]
        public char this[int index]
        {
            [Intrinsic]
            get
            {
                if ((uint)index >= (uint)_stringLength) ThrowHelpers.ThrowIndexOutOfRangeException();
                return Unsafe.Add(ref _firstChar, index);
            }
        }

        internal ref char GetRawStringData() => ref _firstChar;

        public ref readonly char GetPinnableReference() => ref _firstChar;

        // ILC turns 'new string(...)' into a call of the matching static Ctor method below; the
        // instance constructors only exist so that C# accepts the expression.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(char* value, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char c, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(ReadOnlySpan<char> value);

        private static unsafe string Ctor(char* value, int startIndex, int length)
        {
            if (length < 0 || startIndex < 0) throw new ArgumentOutOfRangeException(nameof(length));
            string result = FastAllocateString(length);
            fixed (char* to = &result._firstChar)
                Internal.Runtime.Memory.Move((byte*)to, (byte*)(value + startIndex), (ulong)length * 2);
            return result;
        }

        private static unsafe string Ctor(char c, int count)
        {
            string result = FastAllocateString(count);
            for (int i = 0; i < count; i++) Unsafe.Add(ref result._firstChar, i) = c;
            return result;
        }

        private static unsafe string Ctor(char[] value)
        {
            if (value == null || value.Length == 0) return Empty;
            fixed (char* chars = value) return Ctor(chars, 0, value.Length);
        }

        private static unsafe string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)value.Length || (uint)length > (uint)(value.Length - startIndex)) throw new ArgumentOutOfRangeException(nameof(startIndex));
            if (length == 0) return Empty;
            fixed (char* chars = value) return Ctor(chars, startIndex, length);
        }

        private static unsafe string Ctor(ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return Empty;
            fixed (char* chars = value) return Ctor(chars, 0, value.Length);
        }

        /// <summary>Allocates a string of the given length, filled with NULs; callers then write the characters.</summary>
        internal static unsafe string FastAllocateString(int length)
        {
            if (length < 0) ThrowHelpers.ThrowArgumentOutOfRangeException();
            if (length == 0) return Empty;
            return Internal.Runtime.Allocator.NewString(length);
        }
    }
}
