using System;

namespace GoOS.Kernel.Channels
{
    /// <summary>A registry name held by value: 1..MaxLength bytes of printable ASCII (0x21..0x7E)
    /// in a fixed buffer, so storing or comparing one never touches the heap.</summary>
    public unsafe struct ChannelName
    {
        public const int MaxLength = 32;

        private fixed byte _bytes[MaxLength];
        private int _length;

        public int Length => _length;

        /// <summary>Copies text into name; false (name empty) if text is not a valid name.</summary>
        public static bool TryCreate(ReadOnlySpan<byte> text, out ChannelName name)
        {
            name = default;
            if (text.Length < 1 || text.Length > MaxLength) return false;
            for (int i = 0; i < text.Length; i++)
            {
                byte b = text[i];
                if (b < 0x21 || b > 0x7E) return false;
                name._bytes[i] = b;
            }
            name._length = text.Length;
            return true;
        }

        /// <summary>Whether both hold the same bytes.</summary>
        public bool SameAs(in ChannelName other)
        {
            if (_length != other._length) return false;
            fixed (byte* mine = _bytes)
            fixed (byte* theirs = other._bytes)
            {
                for (int i = 0; i < _length; i++) if (mine[i] != theirs[i]) return false;
            }
            return true;
        }

        /// <summary>Copies the name into destination; returns its length, or -1 (nothing copied)
        /// if destination is too short.</summary>
        public int CopyTo(Span<byte> destination)
        {
            if (destination.Length < _length) return -1;
            fixed (byte* mine = _bytes)
            {
                for (int i = 0; i < _length; i++) destination[i] = mine[i];
            }
            return _length;
        }
    }
}
