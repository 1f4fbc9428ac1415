using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace System
{
    // Concatenation, equality, hashing and the simplest searches: what the compiler and the
    // runtime itself lean on.
    public sealed partial class String : IComparable, IComparable<string>, IEquatable<string>
    {
        public static bool IsNullOrEmpty(string value) => value == null || value.Length == 0;

        public static string Concat(string a, string b)
        {
            if (IsNullOrEmpty(a)) return b ?? Empty;
            if (IsNullOrEmpty(b)) return a;
            string result = FastAllocateString(a.Length + b.Length);
            CopyChars(result, 0, a);
            CopyChars(result, a.Length, b);
            return result;
        }

        public static string Concat(string a, string b, string c) => Concat(Concat(a, b), c);

        public static string Concat(string a, string b, string c, string d) => Concat(Concat(a, b), Concat(c, d));

        public static string Concat(params string[] values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            int total = 0;
            for (int i = 0; i < values.Length; i++) if (values[i] != null) total += values[i].Length;
            string result = FastAllocateString(total);
            int at = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == null) continue;
                CopyChars(result, at, values[i]);
                at += values[i].Length;
            }
            return result;
        }

        public static string Concat(object a, object b) => Concat(a?.ToString(), b?.ToString());
        public static string Concat(object a, object b, object c) => Concat(a?.ToString(), b?.ToString(), c?.ToString());

        // Writes source into the freshly allocated destination at the given index.
        private static unsafe void CopyChars(string destination, int index, string source)
        {
            fixed (char* to = &destination._firstChar)
            fixed (char* from = &source._firstChar)
                Memory.Move((byte*)(to + index), (byte*)from, (ulong)source.Length * 2);
        }

        public static bool Equals(string a, string b)
        {
            if ((object)a == b) return true;
            if (a is null || b is null || a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
                if (Unsafe.Add(ref a._firstChar, i) != Unsafe.Add(ref b._firstChar, i)) return false;
            return true;
        }

        public bool Equals(string value) => Equals(this, value);

        public override bool Equals(object obj) => obj is string s && Equals(this, s);

        public static bool operator ==(string a, string b) => Equals(a, b);

        public static bool operator !=(string a, string b) => !Equals(a, b);

        /// <summary>FNV-1a over the UTF-16 code units: equal strings hash equally in every image.</summary>
        public override int GetHashCode()
        {
            uint hash = 2166136261;
            for (int i = 0; i < _stringLength; i++)
            {
                hash = (hash ^ Unsafe.Add(ref _firstChar, i)) * 16777619;
            }
            return (int)hash;
        }

        public override string ToString() => this;

        public string Substring(int startIndex) => Substring(startIndex, Length - startIndex);

        public unsafe string Substring(int startIndex, int length)
        {
            if ((uint)startIndex > (uint)Length) throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
            if (length < 0 || startIndex > Length - length) throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");
            if (length == Length) return this;
            string result = FastAllocateString(length);
            fixed (char* to = &result._firstChar)
            fixed (char* from = &_firstChar)
                Memory.Move((byte*)to, (byte*)(from + startIndex), (ulong)length * 2);
            return result;
        }

        public static bool IsNullOrWhiteSpace(string value) => StringAlgorithms.IsNullOrWhiteSpace(value);

        public char[] ToCharArray()
        {
            if (_stringLength == 0) return Array.Empty<char>();
            char[] chars = new char[_stringLength];
            this.AsSpan().CopyTo(chars);
            return chars;
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if ((uint)startIndex > (uint)Length || (uint)length > (uint)(Length - startIndex)) throw new ArgumentOutOfRangeException(nameof(startIndex));
            if (length == 0) return Array.Empty<char>();
            char[] chars = new char[length];
            this.AsSpan(startIndex, length).CopyTo(chars);
            return chars;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException(nameof(destination));
            if (count < 0 || (uint)sourceIndex > (uint)Length || count > Length - sourceIndex) throw new ArgumentOutOfRangeException(nameof(count));
            this.AsSpan(sourceIndex, count).CopyTo(new Span<char>(destination, destinationIndex, count));
        }
    }
}
