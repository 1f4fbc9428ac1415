namespace System
{
    /// <summary>Combines hash codes (xxHash32's round and avalanche over 32-bit inputs). Unlike
    /// .NET the seed is fixed, so a given sequence hashes the same in every run and image.</summary>
    public struct HashCode
    {
        private const uint Seed = 0x2D8A_7C35;
        private const uint Prime1 = 2654435761U;
        private const uint Prime2 = 2246822519U;
        private const uint Prime3 = 3266489917U;
        private const uint Prime4 = 668265263U;
        private const uint Prime5 = 374761393U;

        private uint _v1, _v2, _v3, _v4;
        private uint _queue1, _queue2, _queue3;
        private uint _length;

        public static int Combine<T1>(T1 value1) => Finish(Mix(Seed + Prime5 + 4, Hash(value1)));

        public static int Combine<T1, T2>(T1 value1, T2 value2)
        {
            var hash = new HashCode();
            hash.Add(value1);
            hash.Add(value2);
            return hash.ToHashCode();
        }

        public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3)
        {
            var hash = new HashCode();
            hash.Add(value1);
            hash.Add(value2);
            hash.Add(value3);
            return hash.ToHashCode();
        }

        public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4)
        {
            var hash = new HashCode();
            hash.Add(value1);
            hash.Add(value2);
            hash.Add(value3);
            hash.Add(value4);
            return hash.ToHashCode();
        }

        public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5)
        {
            var hash = new HashCode();
            hash.Add(value1);
            hash.Add(value2);
            hash.Add(value3);
            hash.Add(value4);
            hash.Add(value5);
            return hash.ToHashCode();
        }

        public static int Combine<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6)
        {
            var hash = new HashCode();
            hash.Add(value1);
            hash.Add(value2);
            hash.Add(value3);
            hash.Add(value4);
            hash.Add(value5);
            hash.Add(value6);
            return hash.ToHashCode();
        }

        public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7)
        {
            var hash = new HashCode();
            hash.Add(value1);
            hash.Add(value2);
            hash.Add(value3);
            hash.Add(value4);
            hash.Add(value5);
            hash.Add(value6);
            hash.Add(value7);
            return hash.ToHashCode();
        }

        public void Add<T>(T value) => Add(Hash(value));

        private static int Hash<T>(T value) => value == null ? 0 : value.GetHashCode();

        // Queues inputs in threes and runs a round over each full stripe of four.
        private void Add(int value)
        {
            uint input = (uint)value;
            uint position = _length++ % 4;
            if (position == 0) _queue1 = input;
            else if (position == 1) _queue2 = input;
            else if (position == 2) _queue3 = input;
            else
            {
                if (_length == 4)
                {
                    _v1 = unchecked(Seed + Prime1 + Prime2);
                    _v2 = Seed + Prime2;
                    _v3 = Seed;
                    _v4 = unchecked(Seed - Prime1);
                }
                _v1 = Round(_v1, _queue1);
                _v2 = Round(_v2, _queue2);
                _v3 = Round(_v3, _queue3);
                _v4 = Round(_v4, input);
            }
        }

        /// <summary>The hash of everything added so far.</summary>
        public readonly int ToHashCode()
        {
            uint length = _length;
            uint hash = length < 4 ? Seed + Prime5 : RotateLeft(_v1, 1) + RotateLeft(_v2, 7) + RotateLeft(_v3, 12) + RotateLeft(_v4, 18);
            hash += length * 4;
            uint queued = length % 4;
            if (queued > 0) hash = Mix(hash, (int)_queue1);
            if (queued > 1) hash = Mix(hash, (int)_queue2);
            if (queued > 2) hash = Mix(hash, (int)_queue3);
            return Finish(hash);
        }

        private static uint Round(uint accumulator, uint input) => RotateLeft(accumulator + input * Prime2, 13) * Prime1;

        private static uint Mix(uint hash, int input) => RotateLeft(hash + (uint)input * Prime3, 17) * Prime4;

        private static int Finish(uint hash)
        {
            hash ^= hash >> 15;
            hash *= Prime2;
            hash ^= hash >> 13;
            hash *= Prime3;
            hash ^= hash >> 16;
            return (int)hash;
        }

        private static uint RotateLeft(uint value, int count) => (value << count) | (value >> (32 - count));

        public override int GetHashCode() => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.");

        public override bool Equals(object obj) => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes.");
    }
}
