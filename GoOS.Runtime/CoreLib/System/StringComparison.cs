namespace System
{
    /// <summary>How strings compare. GoOS has no cultures: the culture-sensitive kinds behave
    /// as Ordinal, the IgnoreCase kinds as OrdinalIgnoreCase.</summary>
    public enum StringComparison
    {
        CurrentCulture = 0,
        CurrentCultureIgnoreCase = 1,
        InvariantCulture = 2,
        InvariantCultureIgnoreCase = 3,
        Ordinal = 4,
        OrdinalIgnoreCase = 5,
    }
}
