using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Programs
{
    /// <summary>What ElfImage.Validate found in a valid image: the entry point and up to
    /// MaxSegments segments, in program-header order, no two sharing a page. Fixed size, so it
    /// lives on the stack or in a kernel object without touching the heap.</summary>
    internal unsafe struct ElfLoadPlan
    {
        public const int MaxSegments = 16;

        /// <summary>e_entry: inside the file bytes of an executable segment.</summary>
        public ulong Entry;
        public int SegmentCount;
        /// <summary>The sum of the segments' PageCount.</summary>
        public ulong TotalPages;

        private Segments _segments;

        [InlineArray(MaxSegments)]
        private struct Segments { public ElfSegment _element; }

        /// <summary>Segment index, 0 ≤ index &lt; SegmentCount; an empty segment outside that.</summary>
        public ElfSegment Segment(int index)
        {
            if ((uint)index >= (uint)SegmentCount) return default;
            fixed (ElfSegment* first = &_segments._element) return first[index];
        }

        /// <summary>Appends a segment; false (and nothing changes) when the plan is full.</summary>
        internal bool Add(in ElfSegment segment)
        {
            if (SegmentCount >= MaxSegments) return false;
            fixed (ElfSegment* first = &_segments._element) first[SegmentCount] = segment;
            SegmentCount++;
            TotalPages += segment.PageCount;
            return true;
        }
    }
}
