namespace System
{
    /// <summary>Base of every struct.</summary>
    public abstract class ValueType
    {
    }
}
