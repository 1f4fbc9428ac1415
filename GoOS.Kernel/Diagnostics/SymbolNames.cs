namespace GoOS.Kernel.Diagnostics
{
    /// <summary>Names methods for stack traces from ILC's symbol names (type names come from the
    /// image's type-name table, see RuntimeSymbols).</summary>
    internal static unsafe class SymbolNames
    {
        /// <summary>The method containing a code address, or null.</summary>
        public static string MethodNameAt(ulong address)
        {
            byte* name = KernelSymbols.Lookup(address, out _);
            return name == null ? null : Demangle(name);
        }

        private static string Demangle(byte* name)
        {
            int length = 0;
            while (name[length] != 0) length++;
            char* chars = stackalloc char[length];
            for (int i = 0; i < length; i++) chars[i] = (char)name[i];
            return new string(chars, 0, length);
        }
    }
}
