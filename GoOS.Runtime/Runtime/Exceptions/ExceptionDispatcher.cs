using System;
using System.Runtime;

namespace Internal.Runtime.Exceptions
{
    /// <summary>Raising exceptions. (First light: every exception is unhandled.)</summary>
    internal static class ExceptionDispatcher
    {
        [RuntimeExport("RhpThrowEx")]
        private static void Throw(object exception)
        {
            RuntimeServices.WriteDiagnostic("Unhandled exception: ");
            RuntimeServices.WriteDiagnostic(((Exception)exception).Message);
            RuntimeServices.FailFast("unhandled exception");
        }

        [RuntimeExport("RhpFallbackFailFast")]
        private static void FallbackFailFast() => RuntimeServices.FailFast("the runtime failed fast");
    }
}
