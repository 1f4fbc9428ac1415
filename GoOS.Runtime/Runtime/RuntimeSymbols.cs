namespace Internal.Runtime
{
    /// <summary>Names of types and methods at run time, for exception messages and stack traces.
    /// Types are named from the image's type-name table (see ImageTables); methods by a resolver
    /// the image installs (the kernel reads its ELF symbol table), otherwise by address.</summary>
    public static unsafe class RuntimeSymbols
    {
        private static delegate*<ulong, string> s_methodNameResolver;

        public static void Install(delegate*<ulong, string> methodNameResolver)
        {
            s_methodNameResolver = methodNameResolver;
        }

        /// <summary>The full C# name of the type a MethodTable describes (Type.FullName's form).</summary>
        public static string TypeNameOf(MethodTable* type)
        {
            byte* name = ImageTables.TypeNameOf(type);
            return name != null ? FromUtf8(name) : "MethodTable@" + Hex((ulong)type);
        }

        // Names are ASCII but for identifiers in other scripts; those bytes show as '?'.
        private static string FromUtf8(byte* text)
        {
            int length = 0;
            while (text[length] != 0) length++;
            char* chars = stackalloc char[length];
            for (int i = 0; i < length; i++) chars[i] = text[i] < 0x80 ? (char)text[i] : '?';
            return new string(chars, 0, length);
        }

        /// <summary>The method a code address belongs to, with the offset into it.</summary>
        public static string MethodNameAt(ulong address)
        {
            string name = s_methodNameResolver != null ? s_methodNameResolver(address) : null;
            return name ?? "0x" + Hex(address);
        }

        internal static string Hex(ulong value)
        {
            char* digits = stackalloc char[16];
            int count = 0;
            do
            {
                digits[15 - count++] = "0123456789abcdef"[(int)(value & 15)];
                value >>= 4;
            } while (value != 0);
            return new string(digits, 16 - count, count);
        }
    }
}
