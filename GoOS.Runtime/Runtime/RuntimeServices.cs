using System;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    /// <summary>What the runtime needs from the image it lives in (the kernel, or a program's
    /// system-call layer): a place to write diagnostics and a way to stop. The image installs
    /// both at startup, before anything can fail.</summary>
    public static unsafe class RuntimeServices
    {
        private static delegate*<char*, int, void> s_writeDiagnostic;
        private static delegate*<string, void> s_stop;
        private static delegate*<void> s_stopUnhandled;

        /// <summary>Installs the image's hooks: where diagnostics go, and how to stop for good
        /// with a reason (the kernel panics; a program exits with a failure status).</summary>
        public static void Install(delegate*<char*, int, void> writeDiagnostic, delegate*<string, void> stop)
        {
            s_writeDiagnostic = writeDiagnostic;
            s_stop = stop;
        }

        /// <summary>Install, with a separate way to stop after an unhandled exception was printed
        /// (a program exits with ExitReason.UnhandledException).</summary>
        public static void Install(delegate*<char*, int, void> writeDiagnostic, delegate*<string, void> stop, delegate*<void> stopUnhandled)
        {
            Install(writeDiagnostic, stop);
            s_stopUnhandled = stopUnhandled;
        }

        /// <summary>Writes text to the image's diagnostic output (COM1 and the screen in the kernel).</summary>
        public static void WriteDiagnostic(string text)
        {
            if (s_writeDiagnostic == null || text == null) return;
            fixed (char* chars = text) s_writeDiagnostic(chars, text.Length);
        }

        /// <summary>Stops the image with a reason; never returns. Used where nothing else can be
        /// trusted: it neither allocates nor throws.</summary>
        public static void FailFast(string reason)
        {
            if (s_stop != null) s_stop(reason);
            while (true) { }
        }

        /// <summary>An exception no handler caught: prints its type, message and stack, then stops
        /// the image. Never returns.</summary>
        internal static void Unhandled(object exception)
        {
            WriteDiagnostic("Unhandled exception. ");
            WriteDiagnostic(exception is Exception managed ? managed.ToString() : "(not an Exception)");
            WriteDiagnostic("\n");
            if (s_stopUnhandled != null) s_stopUnhandled();
            FailFast("unhandled exception");
        }

        /// <summary>Called by ILC-generated code when a stack-buffer guard was overwritten.</summary>
        [RuntimeExport("RhpFallbackFailFast")]
        private static void FallbackFailFast() => FailFast("stack buffer overrun detected");

        internal static object ObjectFromAddress(void* address)
        {
            nint value = (nint)address;
            return Unsafe.As<nint, object>(ref value);
        }

        /// <summary>The reference stored at 'slot' (a field holding an object reference).</summary>
        internal static object ObjectAt(void* slot) => ObjectFromAddress(*(void**)slot);

        internal static void* AddressOf(object obj) => *(void**)Unsafe.AsPointer(ref obj);

        internal static MethodTable* MethodTableOf(object obj) => obj.m_pEEType;
    }
}
