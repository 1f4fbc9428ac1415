namespace GoOS.Kernel.Diagnostics
{
    /// <summary>Turns ILC's symbol names back into C# names for diagnostics.</summary>
    internal static unsafe class SymbolNames
    {
        /// <summary>The type a MethodTable describes, named from the symbol at its address; null if unknown.</summary>
        public static string TypeNameAt(void* methodTable)
        {
            byte* name = KernelSymbols.NameAt((ulong)methodTable);
            return name == null ? null : Demangle(name);
        }

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
