namespace System
{
    /// <summary>A slice of a sequence between two Index values (start inclusive, end exclusive).</summary>
    public readonly struct Range : IEquatable<Range>
    {
        public Index Start { get; }
        public Index End { get; }

        public Range(Index start, Index end)
        {
            Start = start;
            End = end;
        }

        public static Range StartAt(Index start) => new Range(start, Index.End);
        public static Range EndAt(Index end) => new Range(Index.Start, end);
        public static Range All => new Range(Index.Start, Index.End);

        /// <summary>The offset and length the range covers in a sequence of the given length;
        /// throws if it does not fit.</summary>
        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length);
            int end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end) throw new ArgumentOutOfRangeException(nameof(length));
            return (start, end - start);
        }

        public override bool Equals(object value) => value is Range other && Equals(other);
        public bool Equals(Range other) => Start.Equals(other.Start) && End.Equals(other.End);
        public override int GetHashCode() => HashCode.Combine(Start.GetHashCode(), End.GetHashCode());
        public override string ToString() => Start.ToString() + ".." + End.ToString();
    }
}
