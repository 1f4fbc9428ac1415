namespace Internal.Runtime
{
    /// <summary>Names of types and methods at run time, for exception messages and stack traces.
    /// The image installs a resolver (the kernel reads its ELF symbol table); without one, things
    /// are named by address.</summary>
    public static unsafe class RuntimeSymbols
    {
        private static delegate*<void*, string> s_typeNameResolver;
        private static delegate*<ulong, string> s_methodNameResolver;

        public static void Install(delegate*<void*, string> typeNameResolver, delegate*<ulong, string> methodNameResolver)
        {
            s_typeNameResolver = typeNameResolver;
            s_methodNameResolver = methodNameResolver;
        }

        /// <summary>The full C# name of the type a MethodTable describes.</summary>
        public static string TypeNameOf(MethodTable* type)
        {
            string name = s_typeNameResolver != null ? s_typeNameResolver(type) : null;
            return name ?? "MethodTable@" + Hex((ulong)type);
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
