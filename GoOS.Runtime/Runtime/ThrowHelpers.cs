namespace Internal.Runtime.CompilerHelpers
{
    /// <summary>Throw sites ILC calls by name (range checks, checked arithmetic, casts) and the
    /// core library uses for its own argument checks. Kept out of line so callers stay small.</summary>
    public static class ThrowHelpers
    {
        public static void ThrowOverflowException() => throw new System.OverflowException();
        public static void ThrowIndexOutOfRangeException() => throw new System.IndexOutOfRangeException();
        public static void ThrowNullReferenceException() => throw new System.NullReferenceException();
        public static void ThrowDivideByZeroException() => throw new System.DivideByZeroException();
        public static void ThrowArrayTypeMismatchException() => throw new System.ArrayTypeMismatchException();
        public static void ThrowInvalidCastException() => throw new System.InvalidCastException();
        public static void ThrowPlatformNotSupportedException() => throw new System.PlatformNotSupportedException();
        public static void ThrowArgumentException() => throw new System.ArgumentException();
        public static void ThrowArgumentOutOfRangeException() => throw new System.ArgumentOutOfRangeException();
        public static void ThrowNotImplementedException() => throw new System.NotImplementedException();
        public static void ThrowInvalidProgramException() => throw new System.InvalidOperationException("Invalid program.");
        public static void ThrowInvalidProgramExceptionWithArgument(int id, string methodName) => throw new System.InvalidOperationException("Invalid program: " + methodName);
        public static void ThrowMarshalDirectiveException() => throw new System.NotSupportedException("Marshalling is not supported.");
        public static void ThrowTypeLoadException() => throw new System.NotSupportedException("Type could not be loaded.");
        public static void ThrowTypeLoadExceptionWithArgument(int id, string className, string typeName) => throw new System.NotSupportedException("Type could not be loaded: " + className);
        public static void ThrowTypeLoadExceptionWithArgument(int id, string className, string typeName, string messageArg) => throw new System.NotSupportedException("Type could not be loaded: " + className);
        public static void ThrowMissingMethodException(int id, string methodName) => throw new System.NotSupportedException("Missing method: " + methodName);
        public static void ThrowMissingFieldException(int id, string fieldName) => throw new System.NotSupportedException("Missing field: " + fieldName);
        public static void ThrowFileNotFoundException(int id, string fileName) => throw new System.NotSupportedException("File not found: " + fileName);
        public static void ThrowBadImageFormatException(int id) => throw new System.NotSupportedException("Bad image format.");
        public static void ThrowAmbiguousMatchException(int id) => throw new System.NotSupportedException("Ambiguous match.");
        public static void ThrowFeatureBodyRemoved() => throw new System.NotSupportedException("This code was removed by the compiler.");
        public static void ThrowBodyRemoved() => throw new System.NotSupportedException("This method body was removed by the compiler.");
        public static void ThrowInstanceBodyRemoved() => throw new System.NotSupportedException("This method body was removed by the compiler.");
        public static void ThrowUnavailableType() => throw new System.NotSupportedException("This type is not available.");
    }
}
