using System.Collections.Generic;

namespace System
{
    /// <summary>Throw sites of the core library's collections and text code, kept out of line so
    /// the callers stay small. The messages are .NET's.</summary>
    internal static class ThrowHelper
    {
        internal static void ThrowArgumentNull(string paramName) => throw new ArgumentNullException(paramName);

        internal static void ThrowArgumentOutOfRange(string paramName) => throw new ArgumentOutOfRangeException(paramName);

        internal static void ThrowArgumentOutOfRange(string paramName, string message) => throw new ArgumentOutOfRangeException(paramName, message);

        internal static void ThrowIndexArgumentOutOfRange() =>
            throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");

        internal static void ThrowNegativeArgument(string paramName) =>
            throw new ArgumentOutOfRangeException(paramName, "Non-negative number required.");

        internal static void ThrowInvalidOffsetLength() =>
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");

        internal static void ThrowArrayTooSmall() =>
            throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", "destinationArray");

        internal static void ThrowDuplicateKey<TKey>(TKey key) =>
            throw new ArgumentException("An item with the same key has already been added. Key: " + key?.ToString());

        internal static void ThrowKeyNotFound<TKey>(TKey key) =>
            throw new KeyNotFoundException("The given key '" + key?.ToString() + "' was not present in the dictionary.");

        internal static void ThrowVersionChanged() =>
            throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");

        internal static void ThrowEnumerationNotReady() =>
            throw new InvalidOperationException("Enumeration has either not started or has already finished.");

        internal static void ThrowEmptyQueue() => throw new InvalidOperationException("Queue empty.");

        internal static void ThrowEmptyStack() => throw new InvalidOperationException("Stack empty.");

        internal static void ThrowNotSupportedReadOnly() => throw new NotSupportedException("Collection is read-only.");
    }
}
