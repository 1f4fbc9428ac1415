namespace System.Collections.Generic
{
    /// <summary>Default ordinal equality for strings. ILC names this type for EqualityComparer&lt;string&gt;.</summary>
    public sealed class StringEqualityComparer : EqualityComparer<string>
    {
        public override bool Equals(string x, string y) => string.Equals(x, y);

        public override int GetHashCode(string obj) => obj == null ? 0 : obj.GetHashCode();
    }
}
