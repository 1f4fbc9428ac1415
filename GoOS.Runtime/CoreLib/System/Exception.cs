namespace System
{
    /// <summary>Base of every exception. The dispatcher records the frames a throw passes
    /// through in _stackTrace, so an unhandled exception can name the methods.</summary>
    public class Exception
    {
        private string _message;
        private Exception _innerException;
        private ulong[] _stackTrace;
        private int _stackTraceCount;

        public Exception() { }
        public Exception(string message) { _message = message; }
        public Exception(string message, Exception innerException) { _message = message; _innerException = innerException; }

        public virtual string Message => _message ?? "Exception of type '" + GetType().FullName + "' was thrown.";
        public Exception InnerException => _innerException;
        public int HResult { get; protected set; }

        /// <summary>One line per frame the exception passed through, innermost first: "   at Method+0xOffset".</summary>
        public virtual string StackTrace
        {
            get
            {
                if (_stackTraceCount == 0) return null;
                string text = "";
                for (int i = 0; i < _stackTraceCount; i++)
                {
                    if (i > 0) text = text + "\n";
                    text = text + "   at " + Internal.Runtime.RuntimeSymbols.MethodNameAt(_stackTrace[i]);
                }
                return text;
            }
        }

        public override string ToString()
        {
            string text = GetType().FullName + ": " + Message;
            if (_innerException != null) text = text + " ---> " + _innerException.ToString();
            string trace = StackTrace;
            if (trace != null) text = text + "\n" + trace;
            return text;
        }

        /// <summary>Called by the dispatcher when the exception is thrown (not rethrown).</summary>
        internal void ResetStackTrace() => _stackTraceCount = 0;

        /// <summary>Called by the dispatcher for each frame the exception passes through.</summary>
        internal void AppendStackFrame(ulong controlPc)
        {
            if (_stackTrace == null || _stackTraceCount == _stackTrace.Length)
            {
                ulong[] larger = new ulong[_stackTrace == null ? 8 : _stackTrace.Length * 2];
                for (int i = 0; i < _stackTraceCount; i++) larger[i] = _stackTrace[i];
                _stackTrace = larger;
            }
            _stackTrace[_stackTraceCount++] = controlPc;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() { }
        public SystemException(string message) : base(message) { }
        public SystemException(string message, Exception inner) : base(message, inner) { }
    }

    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Arithmetic operation resulted in an overflow or underflow.") { }
        public ArithmeticException(string message) : base(message) { }
    }

    public sealed class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.") { }
        public DivideByZeroException(string message) : base(message) { }
    }

    public sealed class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.") { }
        public OverflowException(string message) : base(message) { }
    }

    public sealed class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.") { }
        public NullReferenceException(string message) : base(message) { }
    }

    public sealed class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.") { }
        public IndexOutOfRangeException(string message) : base(message) { }
    }

    public sealed class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.") { }
        public InvalidCastException(string message) : base(message) { }
    }

    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.") { }
        public InvalidOperationException(string message) : base(message) { }
        public InvalidOperationException(string message, Exception inner) : base(message, inner) { }
    }

    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.") { }
        public NotSupportedException(string message) : base(message) { }
    }

    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.") { }
        public NotImplementedException(string message) : base(message) { }
    }

    public class ArgumentException : SystemException
    {
        private readonly string _paramName;
        public ArgumentException() : base("Value does not fall within the expected range.") { }
        public ArgumentException(string message) : base(message) { }
        public ArgumentException(string message, string paramName) : base(message) { _paramName = paramName; }
        public virtual string ParamName => _paramName;
        public override string Message => _paramName == null ? base.Message : base.Message + " (Parameter '" + _paramName + "')";
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.") { }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { }
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { }
    }

    public class FormatException : SystemException
    {
        public FormatException() : base("Input string was not in a correct format.") { }
        public FormatException(string message) : base(message) { }
    }

    public sealed class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.") { }
    }

    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.") { }
    }

    public sealed class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { }
    }

    public sealed class TypeInitializationException : SystemException
    {
        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException) { }
    }

    public sealed class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.") { }
        public PlatformNotSupportedException(string message) : base(message) { }
    }

}

namespace System.Collections.Generic
{
    public sealed class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.") { }
        public KeyNotFoundException(string message) : base(message) { }
    }
}
