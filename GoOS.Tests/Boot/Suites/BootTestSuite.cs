using System;

namespace GoOS.BootSuites
{
    /// <summary>Runs one suite's tests and reports on COM1, one line each:
    ///   TEST-PLAN suite count     before the first test (how many tests to expect)
    ///   TEST-PASS suite/test
    ///   TEST-FAIL suite/test: reason
    ///   TEST-DONE suite passed failed
    /// The host runner fails the suite if a line is missing, so a hang or crash is a failure.</summary>
    internal sealed class BootTestSuite
    {
        private readonly string _name;
        private int _passed;
        private int _failed;

        public BootTestSuite(string name, int plannedTests)
        {
            _name = name;
            Kernel.Kernel.Write("TEST-PLAN " + name + " " + Check.Decimal(plannedTests) + "\n");
        }

        /// <summary>Runs body; any exception escaping it fails the test with its type and message.</summary>
        public void Test(string name, TestBody body)
        {
            try
            {
                body();
                _passed++;
                Kernel.Kernel.Write("TEST-PASS " + _name + "/" + name + "\n");
            }
            catch (Exception e)
            {
                _failed++;
                Kernel.Kernel.Write("TEST-FAIL " + _name + "/" + name + ": " + e.GetType().FullName + ": " + e.Message + "\n");
            }
        }

        /// <summary>Prints the suite's last line and returns how many tests failed.</summary>
        public int Finish()
        {
            Kernel.Kernel.Write("TEST-DONE " + _name + " " + Check.Decimal(_passed) + " " + Check.Decimal(_failed) + "\n");
            return _failed;
        }
    }

    /// <summary>The code of one test (or of a check expected to throw).</summary>
    internal delegate void TestBody();

    /// <summary>A failed check inside a boot test.</summary>
    internal sealed class CheckFailedException : Exception
    {
        public CheckFailedException(string message) : base(message) { }
    }

    internal static class Check
    {
        public static void True(bool condition, string what)
        {
            if (!condition) throw new CheckFailedException(what);
        }

        public static void Equal(long expected, long actual, string what)
        {
            if (expected != actual) throw new CheckFailedException(what + ": expected " + Decimal(expected) + ", got " + Decimal(actual));
        }

        public static void Equal(string expected, string actual, string what)
        {
            if (expected != actual) throw new CheckFailedException(what + ": expected \"" + expected + "\", got \"" + actual + "\"");
        }

        /// <summary>Runs body and returns the exception of type T it throws; fails if it throws nothing or something else.</summary>
        public static T Throws<T>(TestBody body, string what) where T : Exception
        {
            try
            {
                body();
            }
            catch (T expected)
            {
                return expected;
            }
            catch (Exception other)
            {
                throw new CheckFailedException(what + ": threw " + other.GetType().FullName + " instead");
            }
            throw new CheckFailedException(what + ": threw nothing");
        }

        // Formatting without the core library's number formatting, so the harness stands on its own.
        public static string Decimal(long value)
        {
            if (value == 0) return "0";
            bool negative = value < 0;
            ulong magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            char[] digits = new char[20];
            int count = 0;
            while (magnitude != 0) { digits[19 - count++] = (char)('0' + (int)(magnitude % 10)); magnitude /= 10; }
            string text = new string(digits, 20 - count, count);
            return negative ? "-" + text : text;
        }
    }
}
