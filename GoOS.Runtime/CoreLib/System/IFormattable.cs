namespace System
{
    /// <summary>A value that formats itself with a format string ("X4", "D", "N0", ...). GoOS has
    /// no cultures: the provider is accepted and ignored, formatting is always invariant.</summary>
    public interface IFormattable
    {
        string ToString(string format, IFormatProvider formatProvider);
    }
}
