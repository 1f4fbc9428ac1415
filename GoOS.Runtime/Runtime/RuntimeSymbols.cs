namespace Internal.Runtime
{
    /// <summary>Names of types and methods at run time, for exception messages and stack traces,
    /// from the image's type-name and method-name tables (see ImageTables).</summary>
    public static unsafe class RuntimeSymbols
    {
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

        /// <summary>The method a code address belongs to, as a .NET stack trace names it
        /// ("Namespace.Type.Method(Int32)"; ilc's symbol for code that is no C# method), or the
        /// address in hex when no method of the image contains it.</summary>
        public static string MethodNameAt(ulong address)
        {
            byte* name = ImageTables.MethodNameAt(address, out _);
            return name != null ? FromUtf8(name) : "0x" + Hex(address);
        }

        /// <summary>MethodNameAt without allocating, for fault handlers: the name as NUL-terminated
        /// UTF-8 and the offset of 'address' into the method; null if no method contains it.</summary>
        public static byte* MethodNameUtf8At(ulong address, out ulong offset)
        {
            byte* name = ImageTables.MethodNameAt(address, out ulong start);
            offset = name != null ? address - start : 0;
            return name;
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
