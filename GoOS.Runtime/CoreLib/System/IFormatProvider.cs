namespace System
{
    /// <summary>Source of formatting information. Present so .NET signatures compile; GoOS
    /// formats invariantly and never asks a provider for anything.</summary>
    public interface IFormatProvider
    {
        object GetFormat(Type formatType);
    }
}
