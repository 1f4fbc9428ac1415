namespace GoOS.Kernel.Channels
{
    /// <summary>The random seam of select: which of several ready cases runs. The kernel passes
    /// an XorShiftRandom per CPU; tests pass a seeded one or a scripted fake.</summary>
    public interface IRandom
    {
        /// <summary>A number in [0, bound), bound ≥ 1, as uniform as the source allows.</summary>
        uint Next(uint bound);
    }
}
