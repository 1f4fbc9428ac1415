using System;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    /// <summary>What the runtime needs from the image it lives in (the kernel, or a program's
    /// system-call layer): a place to write diagnostics and a way to stop. The image installs
    /// both at startup, before anything can fail.</summary>
    public static unsafe class RuntimeServices
    {
        private static delegate*<char*, int, void> s_writeDiagnostic;
        private static delegate*<void> s_stop;

        public static void Install(delegate*<char*, int, void> writeDiagnostic, delegate*<void> stop)
        {
            s_writeDiagnostic = writeDiagnostic;
            s_stop = stop;
        }

        /// <summary>Writes text to the image's diagnostic output (COM1 and the screen in the kernel).</summary>
        public static void WriteDiagnostic(string text)
        {
            if (s_writeDiagnostic == null || text == null) return;
            fixed (char* chars = text) s_writeDiagnostic(chars, text.Length);
        }

        /// <summary>Prints the reason and stops the image; never returns. Used where nothing else
        /// can be trusted: it neither allocates nor throws.</summary>
        public static void FailFast(string reason)
        {
            WriteDiagnostic("FATAL: ");
            WriteDiagnostic(reason);
            WriteDiagnostic("\n");
            Stop();
        }

        internal static void Stop()
        {
            if (s_stop != null) s_stop();
            while (true) { }
        }

        internal static object ObjectFromAddress(void* address)
        {
            nint value = (nint)address;
            return Unsafe.As<nint, object>(ref value);
        }

        internal static void* AddressOf(object obj) => *(void**)Unsafe.AsPointer(ref obj);

        internal static MethodTable* MethodTableOf(object obj) => obj._methodTable;
    }
}
