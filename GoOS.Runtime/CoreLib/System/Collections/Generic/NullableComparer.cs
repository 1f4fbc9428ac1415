namespace System.Collections.Generic
{
    /// <summary>Default ordering for T?: empty sorts first. ILC names this type and instantiates it over the underlying T.</summary>
    public sealed class NullableComparer<T> : Comparer<T?> where T : struct
    {
        public override int Compare(T? x, T? y)
        {
            if (x.HasValue) return y.HasValue ? Comparer<T>.Default.Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1;
            return y.HasValue ? -1 : 0;
        }
    }
}
