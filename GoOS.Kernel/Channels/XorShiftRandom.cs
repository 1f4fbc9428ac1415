namespace GoOS.Kernel.Channels
{
    /// <summary>xorshift64* (Vigna): small, fast, allocation-free, good enough to pick among
    /// select cases. Not for secrets. Guarded by whoever owns it (one per CPU in the kernel).</summary>
    public struct XorShiftRandom : IRandom
    {
        private const ulong DefaultSeed = 0x9E3779B97F4A7C15;
        private ulong _state;

        /// <summary>A generator started from seed (any value; zero is replaced, as xorshift
        /// would stay at zero forever).</summary>
        public XorShiftRandom(ulong seed)
        {
            _state = seed == 0 ? DefaultSeed : seed;
        }

        /// <summary>The next 64 pseudo-random bits.</summary>
        public ulong NextBits()
        {
            if (_state == 0) _state = DefaultSeed;
            ulong x = _state;
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            _state = x;
            return x * 0x2545F4914F6CDD1D;
        }

        /// <summary>A number in [0, bound) by multiply-high of the top 32 bits (bias below
        /// bound / 2^32, invisible for select's few cases); 0 when bound is 0.</summary>
        public uint Next(uint bound)
        {
            return (uint)(((NextBits() >> 32) * bound) >> 32);
        }
    }
}
