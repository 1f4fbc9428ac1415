namespace System.Runtime
{
    /// <summary>Binds an extern method to a native symbol: ILC calls the symbol directly.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class RuntimeImportAttribute : Attribute
    {
        public RuntimeImportAttribute(string entry) { EntryPoint = entry; }
        public RuntimeImportAttribute(string dllName, string entry) { EntryPoint = entry; DllName = dllName; }
        public string DllName { get; }
        public string EntryPoint { get; }
    }

    /// <summary>Exports a managed method under a native symbol name; ILC and the assembly stubs
    /// call runtime helpers (allocation, casting, exceptions) through these names.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class RuntimeExportAttribute : Attribute
    {
        public RuntimeExportAttribute(string entry) { EntryPoint = entry; }
        public string EntryPoint { get; }
    }
}
