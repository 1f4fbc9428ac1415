using System;

namespace GoOS.BootSuites
{
    /// <summary>Exceptions in the real kernel: throw, catch, finally, rethrow, filters, nesting,
    /// custom types, and the exceptions the runtime and the CPU raise.</summary>
    internal static class ExceptionSuite
    {
        private class AppException : Exception
        {
            public readonly int Code;
            public AppException(string message, int code) : base(message) { Code = code; }
        }

        private sealed class SpecificException : AppException
        {
            public SpecificException(string message) : base(message, 7) { }
        }

        private static string s_log;

        private static void Log(string step) => s_log = s_log + step;

        private static void ThrowApp(string message, int code) => throw new AppException(message, code);

        private static void ThrowFromCatch()
        {
            try { ThrowApp("first", 1); }
            catch (AppException) { ThrowApp("second", 2); }
        }

        private static int Depth(int n)
        {
            if (n == 0) ThrowApp("deep", 99);
            return Depth(n - 1) + 1;
        }

        private sealed class Holder { public object Reference; }

        // Null unless asked otherwise, decided at run time so the compiler cannot fold the store.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static Holder HolderOrNull(int wanted) => wanted != 0 ? new Holder() : null;
        private static int s_zero;
        private static object s_null;

        // Throws and catches inside, so that the caller's values in callee-saved registers must
        // survive a catch in a method that never saved them.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static int CatchInside(int code)
        {
            try { ThrowApp("inside", code); }
            catch (AppException e) { return e.Code; }
            return -1;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static long KeepValuesAcrossCatches(long a, long b, long c, long d, long e, long f)
        {
            long sum = 0;
            for (int i = 0; i < 3; i++) sum += CatchInside(i) + a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6;
            return sum;
        }

        public static int Run()
        {
            var suite = new BootTestSuite("exceptions", 21);

            suite.Test("throw-and-catch", () =>
            {
                try { ThrowApp("boom", 42); }
                catch (AppException e)
                {
                    Check.Equal("boom", e.Message, "message");
                    Check.Equal(42, e.Code, "code");
                    return;
                }
                throw new CheckFailedException("not caught");
            });

            suite.Test("a-caller-s-registers-survive-a-catch-below-it", () =>
            {
                // (0+1+2) + 3 * (1 + 4 + 9 + 16 + 25 + 36)
                Check.Equal(3 + 3 * 91L, KeepValuesAcrossCatches(1, 2, 3, 4, 5, 6), "values the caller kept in callee-saved registers");
            });

            suite.Test("catch-base-type", () =>
            {
                try { throw new SpecificException("specific"); }
                catch (AppException e) { Check.Equal(7, e.Code, "code of derived exception"); }
            });

            suite.Test("finally-on-both-paths", () =>
            {
                s_log = "";
                try { Log("a"); } finally { Log("b"); }
                try
                {
                    try { Log("c"); ThrowApp("x", 1); Log("never"); }
                    finally { Log("d"); }
                }
                catch (AppException) { Log("e"); }
                Check.Equal("abcde", s_log, "order");
            });

            suite.Test("nested-handlers-pick-matching-type", () =>
            {
                s_log = "";
                try
                {
                    try { Log("1"); ThrowApp("x", 1); }
                    catch (InvalidCastException) { Log("wrong"); }
                    finally { Log("2"); }
                }
                catch (AppException) { Log("3"); }
                Check.Equal("123", s_log, "order");
            });

            suite.Test("throw-through-many-frames", () =>
            {
                AppException e = Check.Throws<AppException>(() => Depth(20), "deep throw");
                Check.Equal(99, e.Code, "code");
            });

            suite.Test("rethrow-keeps-object", () =>
            {
                var original = new AppException("again", 5);
                s_log = "";
                try
                {
                    try { throw original; }
                    catch (AppException) { Log("inner"); throw; }
                }
                catch (AppException e)
                {
                    Check.True(ReferenceEquals(e, original), "same exception object");
                    Log("outer");
                }
                Check.Equal("innerouter", s_log, "both handlers ran");
            });

            suite.Test("throw-from-catch", () =>
            {
                s_log = "";
                try
                {
                    try { ThrowApp("first", 1); }
                    catch (AppException) { Log("a"); throw new InvalidOperationException("second"); }
                    finally { Log("b"); }
                }
                catch (InvalidOperationException e) { Check.Equal("second", e.Message, "message"); Log("c"); }
                Check.Equal("abc", s_log, "order");
            });

            suite.Test("exception-filters", () =>
            {
                int seen = 0;
                try { ThrowApp("f", 3); }
                catch (AppException e) when (e.Code == 4) { seen = 4; }
                catch (AppException e) when (e.Code == 3) { seen = 3; }
                Check.Equal(3, seen, "filter chose the second clause");
            });

            suite.Test("filter-that-throws-is-false", () =>
            {
                int seen = 0;
                try
                {
                    try { ThrowApp("f", 3); }
                    catch (AppException) when (ThrowingFilter()) { seen = 1; }
                }
                catch (AppException) { seen = 2; }
                Check.Equal(2, seen, "outer handler");
            });

            suite.Test("catch-all", () =>
            {
                bool caught = false;
                try { ThrowApp("any", 0); }
                catch { caught = true; }
                Check.True(caught, "catch {} caught");
            });

            suite.Test("null-reference-from-fault", () =>
            {
                Check.Throws<NullReferenceException>(() => s_null.GetHashCode(), "virtual call on null");
                Check.Throws<NullReferenceException>(() => { int[] a = null; a[0] = 1; }, "store into null array");
                Check.Throws<NullReferenceException>(() => HolderOrNull(s_zero).Reference = new Holder(), "reference store through the write barrier");
            });

            suite.Test("index-out-of-range", () =>
            {
                int[] numbers = new int[3];
                Check.Throws<IndexOutOfRangeException>(() => numbers[3] = 1, "store past the end");
                int minusOne = s_zero - 1;
                Check.Throws<IndexOutOfRangeException>(() => numbers[minusOne] = 1, "negative index");
            });

            suite.Test("divide-by-zero-from-fault", () =>
            {
                Check.Throws<DivideByZeroException>(() => s_log = Check.Decimal(10 / s_zero), "int division");
                Check.Throws<DivideByZeroException>(() => s_log = Check.Decimal(10L % s_zero), "long remainder");
            });

            suite.Test("invalid-cast", () =>
            {
                object boxed = "text";
                InvalidCastException e = Check.Throws<InvalidCastException>(() => s_null = (AppException)boxed, "string to AppException");
                Check.True(e.Message.Length > 0, "has a message");
                Check.True((boxed as AppException) == null, "'as' gives null");
            });

            suite.Test("overflow-checked-arithmetic", () =>
            {
                int big = 0x7FFFFFFF;
                Check.Throws<OverflowException>(() => s_zero += checked(big + 1), "checked add");
                long huge = 1L << 40;
                Check.Throws<OverflowException>(() => s_zero += checked((int)huge), "checked narrowing");
            });

            suite.Test("overflow-int-min-divided-by-minus-one", () =>
            {
                int min = -0x7FFFFFFF - 1;
                int minusOne = -1 + s_zero;
                Check.Throws<OverflowException>(() => s_zero += min / minusOne, "MinValue / -1");
            });

            suite.Test("stack-trace-names-methods", () =>
            {
                try { Depth(2); }
                catch (AppException e)
                {
                    string trace = e.StackTrace;
                    Check.True(trace != null && Contains(trace, "   at GoOS.BootSuites.ExceptionSuite.ThrowApp(String, Int32)\n")
                        && Contains(trace, "   at GoOS.BootSuites.ExceptionSuite.Depth(Int32)\n"), "trace names ThrowApp and Depth: " + trace);
                }
            });

            suite.Test("stack-trace-names-funclet-frames", () =>
            {
                AppException second = Check.Throws<AppException>(ThrowFromCatch, "the catch block's exception");
                string trace = second.StackTrace;
                Check.True(trace != null && Contains(trace, "   at GoOS.BootSuites.ExceptionSuite.ThrowApp(String, Int32)\n   at GoOS.BootSuites.ExceptionSuite.ThrowFromCatch()\n"),
                    "the catch funclet's frame is named after its method: " + trace);
            });

            suite.Test("exception-in-finally-replaces", () =>
            {
                InvalidOperationException e = Check.Throws<InvalidOperationException>(() =>
                {
                    try { ThrowApp("first", 1); }
                    finally { throw new InvalidOperationException("from finally"); }
                }, "finally's exception wins");
                Check.Equal("from finally", e.Message, "message");
            });

            suite.Test("catch-resumes-with-locals", () =>
            {
                int counter = 0;
                for (int i = 0; i < 50; i++)
                {
                    try { if ((i & 1) == 0) ThrowApp("even", i); counter += 1; }
                    catch (AppException e) { counter += 100 + e.Code - i; }
                }
                Check.Equal(25 + 25 * 100, counter, "counter after 50 iterations");
            });

            return suite.Finish();
        }

        private static bool ThrowingFilter() => throw new InvalidOperationException("filter failed");

        private static bool Contains(string text, string part)
        {
            for (int i = 0; i + part.Length <= text.Length; i++)
            {
                int j = 0;
                while (j < part.Length && text[i + j] == part[j]) j++;
                if (j == part.Length) return true;
            }
            return false;
        }
    }
}
