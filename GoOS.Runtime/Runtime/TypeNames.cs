namespace Internal.Runtime
{
    /// <summary>Names of types at run time. The image registers a resolver (the kernel reads its
    /// ELF symbol table); without one, a type is named by its MethodTable address.</summary>
    public static unsafe class TypeNames
    {
        private static delegate*<void*, string> s_resolver;

        public static void Install(delegate*<void*, string> resolver) => s_resolver = resolver;

        public static string FullNameOf(MethodTable* type)
        {
            string name = s_resolver != null ? s_resolver(type) : null;
            return name ?? "MethodTable@" + Hex((ulong)type);
        }
    

        private static string Hex(ulong value)
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
