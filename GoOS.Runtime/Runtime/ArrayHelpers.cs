using System;
using Internal.Runtime;

namespace Internal.Runtime.CompilerHelpers
{
    /// <summary>Allocation of multi-dimensional arrays (new int[2, 3]), which ILC calls by name.
    /// Layout: MethodTable, total element count, padding, then the length of each dimension and
    /// each lower bound (all 0 here) as ints, then the elements; BaseSize covers the bounds.</summary>
    internal static unsafe class ArrayHelpers
    {
        public static object NewObjArray(nint arrayType, int rank, int* dimensions)
        {
            MethodTable* type = (MethodTable*)arrayType;
            ulong total = 1;
            for (int i = 0; i < rank; i++)
            {
                if (dimensions[i] < 0) throw new OverflowException("Array dimensions exceeded supported range.");
                total *= (ulong)dimensions[i];
                if (total > 0x7FFFFFFF) throw new OutOfMemoryException();
            }
            object array = Allocator.NewArray(type, (int)total);
            int* bounds = (int*)((byte*)RuntimeServices.AddressOf(array) + 2 * sizeof(nint));
            for (int i = 0; i < rank; i++) bounds[i] = dimensions[i];
            return array;
        }
    }
}
