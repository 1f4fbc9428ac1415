namespace System.Collections.Generic
{
    /// <summary>Default equality for T?: equal when both are empty or both hold equal values.
    /// ILC names this type and instantiates it over the underlying T.</summary>
    public sealed class NullableEqualityComparer<T> : EqualityComparer<T?> where T : struct
    {
        public override bool Equals(T? x, T? y)
        {
            if (x.HasValue != y.HasValue) return false;
            return !x.HasValue || EqualityComparer<T>.Default.Equals(x.GetValueOrDefault(), y.GetValueOrDefault());
        }

        public override int GetHashCode(T? obj) => obj.HasValue ? EqualityComparer<T>.Default.GetHashCode(obj.GetValueOrDefault()) : 0;
    }
}
