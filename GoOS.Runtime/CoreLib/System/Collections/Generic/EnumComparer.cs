using Internal.IntrinsicSupport;

namespace System.Collections.Generic
{
    /// <summary>Default ordering for enums by their underlying integer, without boxing. ILC names this type.</summary>
    public sealed class EnumComparer<T> : Comparer<T> where T : struct, Enum
    {
        public override int Compare(T x, T y) => ComparerHelpers.EnumOnlyCompare(x, y);
    }
}
