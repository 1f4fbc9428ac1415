using System;
using GoOS.Runtime;

namespace Internal.Runtime.CompilerHelpers
{
    /// <summary>What ILC's generated program entry (__managed__Main, see
    /// Arch/X64/Program/ProgramStart.asm) calls around the program's Main, in this order:
    /// InitializeCommandLineArgs, GetMainMethodArguments (when Main takes string[]), Main,
    /// SetLatchedExitCode (when Main returns int), Shutdown (whose result ends the process).
    /// The kernel image never calls them.</summary>
    internal static unsafe class StartupCodeHelpers
    {
        private static int s_argumentCount;
        private static byte** s_arguments;
        private static int s_exitCode;

        /// <summary>First managed code of a program: brings the runtime up (diagnostics, heap,
        /// module statics), then keeps argc/argv for GetMainMethodArguments.</summary>
        private static void InitializeCommandLineArgs(int argc, IntPtr argv)
        {
            ProgramRuntime.Initialize();
            s_argumentCount = argc;
            s_arguments = (byte**)argv;
        }

        /// <summary>Main's string[]: the arguments after argv[0] (the program's name).</summary>
        private static string[] GetMainMethodArguments()
        {
            int count = s_argumentCount > 1 ? s_argumentCount - 1 : 0;
            var arguments = new string[count];
            for (int i = 0; i < count; i++) arguments[i] = AsciiString(s_arguments[i + 1]);
            return arguments;
        }

        private static void SetLatchedExitCode(int code) => s_exitCode = code;

        private static int Shutdown() => s_exitCode;

        /// <summary>A string from a NUL-terminated ASCII string.</summary>
        internal static string AsciiString(byte* text)
        {
            int length = 0;
            while (text[length] != 0) length++;
            string result = Allocator.NewString(length);
            fixed (char* chars = result)
                for (int i = 0; i < length; i++) chars[i] = (char)text[i];
            return result;
        }
    }
}
