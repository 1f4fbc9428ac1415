using System.Collections.Generic;
using System.Runtime;
using Internal.Runtime;

namespace System
{
    // The static helpers of .NET's Array over one-dimensional, zero-based arrays.
    public abstract partial class Array
    {
        public static T[] Empty<T>() => EmptyArray<T>.Value;

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            return IndexOf(array, value, 0, array.Length);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }

        /// <summary>The first index in [startIndex, startIndex + count) whose element equals value
        /// by EqualityComparer&lt;T&gt;.Default, or -1.</summary>
        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if ((uint)startIndex > (uint)array.Length) ThrowHelper.ThrowIndexArgumentOutOfRange();
            if ((uint)count > (uint)(array.Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRange(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            for (int i = startIndex; i < startIndex + count; i++)
                if (comparer.Equals(array[i], value)) return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            return LastIndexOf(array, value, array.Length - 1, array.Length);
        }

        /// <summary>The last index in (startIndex - count, startIndex] whose element equals value, or -1.</summary>
        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if (array.Length == 0) return -1;
            if ((uint)startIndex >= (uint)array.Length) ThrowHelper.ThrowIndexArgumentOutOfRange();
            if (count < 0 || startIndex - count + 1 < 0) ThrowHelper.ThrowArgumentOutOfRange(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            for (int i = startIndex; i > startIndex - count; i--)
                if (comparer.Equals(array[i], value)) return i;
            return -1;
        }

        public static void Copy(Array sourceArray, Array destinationArray, int length) => Copy(sourceArray, 0, destinationArray, 0, length);

        /// <summary>Copies length elements between arrays of the same element type (or reference
        /// arrays whose source elements fit the destination); the ranges may overlap. Copies
        /// that would convert values (int[] to long[]) are not supported and throw.</summary>
        public static unsafe void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) ThrowHelper.ThrowArgumentNull(nameof(sourceArray));
            if (destinationArray == null) ThrowHelper.ThrowArgumentNull(nameof(destinationArray));
            MethodTable* sourceType = RuntimeServices.MethodTableOf(sourceArray);
            MethodTable* destinationType = RuntimeServices.MethodTableOf(destinationArray);
            if (sourceType != destinationType && (sourceType->RelatedType->IsValueType || !TypeCast.AreTypesAssignable(sourceType, destinationType)))
                throw new ArrayTypeMismatchException();
            if (length < 0) ThrowHelper.ThrowNegativeArgument(nameof(length));
            if (sourceIndex < 0) ThrowHelper.ThrowNegativeArgument(nameof(sourceIndex));
            if (destinationIndex < 0) ThrowHelper.ThrowNegativeArgument(nameof(destinationIndex));
            if (sourceArray.Length - sourceIndex < length) ThrowHelper.ThrowArgumentOutOfRange(nameof(sourceArray), "Source array was not long enough. Check the source index, length, and the array's lower bounds.");
            if (destinationArray.Length - destinationIndex < length) ThrowHelper.ThrowArgumentOutOfRange(nameof(destinationArray), "Destination array was not long enough. Check the destination index, length, and the array's lower bounds.");
            ulong elementSize = sourceType->ComponentSize;
            Memory.Move(ElementAddress(destinationArray, destinationIndex, elementSize), ElementAddress(sourceArray, sourceIndex, elementSize), (ulong)length * elementSize);
        }

        public static void Clear(Array array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            Clear(array, 0, array.Length);
        }

        /// <summary>Sets length elements from index to their default value.</summary>
        public static unsafe void Clear(Array array, int index, int length)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if (index < 0 || length < 0 || array.Length - index < length) ThrowHelper.ThrowIndexArgumentOutOfRange();
            ulong elementSize = RuntimeServices.MethodTableOf(array)->ComponentSize;
            Memory.Zero(ElementAddress(array, index, elementSize), (ulong)length * elementSize);
        }

        // Elements start 16 bytes into a one-dimensional array: MethodTable pointer, then length and padding.
        private static unsafe byte* ElementAddress(Array array, int index, ulong elementSize) =>
            (byte*)RuntimeServices.AddressOf(array) + 2 * sizeof(nint) + (ulong)index * elementSize;

        /// <summary>Replaces array with a copy of the given length (truncated or padded with defaults).</summary>
        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) ThrowHelper.ThrowNegativeArgument(nameof(newSize));
            T[] larger = new T[newSize];
            if (array != null)
            {
                int keep = array.Length < newSize ? array.Length : newSize;
                new ReadOnlySpan<T>(array, 0, keep).CopyTo(larger);
            }
            array = larger;
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            Reverse(array, 0, array.Length);
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if (index < 0) ThrowHelper.ThrowNegativeArgument(nameof(index));
            if (length < 0) ThrowHelper.ThrowNegativeArgument(nameof(length));
            if (array.Length - index < length) ThrowHelper.ThrowInvalidOffsetLength();
            for (int low = index, high = index + length - 1; low < high; low++, high--)
            {
                T swap = array[low];
                array[low] = array[high];
                array[high] = swap;
            }
        }

        public static void Sort<T>(T[] array) => Sort(array, (IComparer<T>)null);

        public static void Sort<T>(T[] array, IComparer<T> comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            ArraySortHelper<T>.Sort(array, comparer);
        }

        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if (index < 0) ThrowHelper.ThrowNegativeArgument(nameof(index));
            if (length < 0) ThrowHelper.ThrowNegativeArgument(nameof(length));
            if (array.Length - index < length) ThrowHelper.ThrowInvalidOffsetLength();
            ArraySortHelper<T>.Sort(new Span<T>(array, index, length), comparer);
        }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if (comparison == null) ThrowHelper.ThrowArgumentNull(nameof(comparison));
            ArraySortHelper<T>.Sort(array, new ComparisonComparer<T>(comparison));
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if ((uint)startIndex > (uint)array.Length) ThrowHelper.ThrowIndexArgumentOutOfRange();
            if ((uint)count > (uint)(array.Length - startIndex)) ThrowHelper.ThrowArgumentOutOfRange(nameof(count));
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }

        public static bool Exists<T>(T[] array, Predicate<T> match) => FindIndex(array, match) >= 0;

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) ThrowHelper.ThrowArgumentNull(nameof(array));
            if (match == null) ThrowHelper.ThrowArgumentNull(nameof(match));
            for (int i = 0; i < array.Length; i++)
                if (match(array[i])) return i;
            return -1;
        }
    }

    /// <summary>The one empty array of each element type.</summary>
    internal static class EmptyArray<T>
    {
        internal static readonly T[] Value = new T[0];
    }
}
