using System.Collections.Generic;

namespace System
{
    // Composite formatting and the Concat overloads the C# compiler emits for '+'.
    public sealed partial class String
    {
        public static string Format(string format, object arg0) => StringAlgorithms.Format(null, format, new[] { arg0 });
        public static string Format(string format, object arg0, object arg1) => StringAlgorithms.Format(null, format, new[] { arg0, arg1 });
        public static string Format(string format, object arg0, object arg1, object arg2) => StringAlgorithms.Format(null, format, new[] { arg0, arg1, arg2 });

        public static string Format(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(nameof(args));
            return StringAlgorithms.Format(null, format, args);
        }

        public static string Format(IFormatProvider provider, string format, object arg0) => StringAlgorithms.Format(provider, format, new[] { arg0 });
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) => StringAlgorithms.Format(provider, format, new[] { arg0, arg1 });

        public static string Format(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(nameof(args));
            return StringAlgorithms.Format(provider, format, args);
        }

        public static string Concat(object arg0) => arg0?.ToString() ?? Empty;

        public static string Concat(params object[] args)
        {
            if (args == null) throw new ArgumentNullException(nameof(args));
            return StringAlgorithms.Join(default, args);
        }

        public static string Concat(IEnumerable<string> values) => StringAlgorithms.Concat(values);

        public static string Concat<T>(IEnumerable<T> values) => StringAlgorithms.Concat(values);

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1) => Concat(str0, str1, default);

        /// <summary>The spans' characters in one new string (the compiler's lowering of '+' with chars).</summary>
        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2)
        {
            int length = str0.Length + str1.Length + str2.Length;
            if (length == 0) return Empty;
            string result = FastAllocateString(length);
            var destination = new Span<char>(ref result._firstChar, length);
            str0.CopyTo(destination);
            str1.CopyTo(destination.Slice(str0.Length));
            str2.CopyTo(destination.Slice(str0.Length + str1.Length));
            return result;
        }
    }
}
