namespace System
{
    /// <summary>Options of String.Split: drop empty entries, trim white space off each entry.</summary>
    [Flags]
    public enum StringSplitOptions
    {
        None = 0,
        RemoveEmptyEntries = 1,
        TrimEntries = 2,
    }
}
