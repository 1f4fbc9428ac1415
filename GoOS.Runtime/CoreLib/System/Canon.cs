namespace System
{
    /// <summary>ILC's stand-in for any reference type in shared generic code (List&lt;__Canon&gt;
    /// serves List&lt;string&gt; and List&lt;object&gt;).</summary>
    internal sealed class __Canon
    {
    }
}
