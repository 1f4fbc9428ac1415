namespace System
{
    /// <summary>Base of every enum.</summary>
    public abstract class Enum : ValueType
    {
    }
}
