namespace System.Collections.Generic
{
    /// <summary>A comparer over a Comparison&lt;T&gt; delegate (Comparer&lt;T&gt;.Create, List.Sort(Comparison)).</summary>
    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> _comparison;

        public ComparisonComparer(Comparison<T> comparison) { _comparison = comparison; }

        public override int Compare(T x, T y) => _comparison(x, y);
    }
}
