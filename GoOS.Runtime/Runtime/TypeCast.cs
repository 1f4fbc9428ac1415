using System;
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace System.Runtime
{
    /// <summary>The cast helpers ILC calls by name for 'is', 'as', casts and array stores.
    /// Supports class hierarchies, interfaces, boxed values and array covariance; generic
    /// variance (IEnumerable&lt;string&gt; as IEnumerable&lt;object&gt;) is not supported yet.</summary>
    internal static unsafe class TypeCast
    {
        public static object IsInstanceOfClass(MethodTable* targetType, object obj)
        {
            if (obj == null) return null;
            if (obj.m_pEEType->IsArray) return targetType->IsSystemArray || targetType->IsObjectType ? obj : null;
            for (MethodTable* type = obj.m_pEEType; type != null; type = type->ParentType)
                if (type == targetType) return obj;
            return null;
        }

        public static object IsInstanceOfInterface(MethodTable* targetType, object obj)
        {
            if (obj == null) return null;
            return obj.m_pEEType->ImplementsInterface(targetType) ? obj : null;
        }

        public static object IsInstanceOfAny(MethodTable* targetType, object obj)
        {
            if (obj == null) return null;
            return AreTypesAssignable(obj.m_pEEType, targetType) ? obj : null;
        }

        public static bool IsInstanceOfException(MethodTable* targetType, object obj)
        {
            return obj != null && AreTypesAssignable(obj.m_pEEType, targetType);
        }

        public static object CheckCastClass(MethodTable* targetType, object obj)
        {
            if (obj == null || obj.m_pEEType == targetType) return obj;
            return IsInstanceOfClass(targetType, obj) ?? ThrowInvalidCast(obj, targetType);
        }

        public static object CheckCastClassSpecial(MethodTable* targetType, object obj) => CheckCastClass(targetType, obj);

        public static object CheckCastInterface(MethodTable* targetType, object obj)
        {
            if (obj == null) return null;
            return IsInstanceOfInterface(targetType, obj) ?? ThrowInvalidCast(obj, targetType);
        }

        public static object CheckCastAny(MethodTable* targetType, object obj)
        {
            if (obj == null) return null;
            return IsInstanceOfAny(targetType, obj) ?? ThrowInvalidCast(obj, targetType);
        }

        private static object ThrowInvalidCast(object obj, MethodTable* targetType)
        {
            throw new InvalidCastException("Unable to cast object of type '" + RuntimeSymbols.TypeNameOf(obj.m_pEEType)
                + "' to type '" + RuntimeSymbols.TypeNameOf(targetType) + "'.");
        }

        /// <summary>array[index] = obj for arrays of references, with the covariance check.</summary>
        public static void StelemRef(object[] array, nint index, object obj)
        {
            if ((nuint)index >= (nuint)array.Length) ThrowHelpers.ThrowIndexOutOfRangeException();
            ref object element = ref Unsafe.Add(ref MemoryMarshalHelpers.GetArrayDataReference(array), index);
            if (obj == null) { element = null; return; }
            MethodTable* elementType = array.m_pEEType->RelatedType;
            if (obj.m_pEEType != elementType && !AreTypesAssignable(obj.m_pEEType, elementType))
                ThrowHelpers.ThrowArrayTypeMismatchException();
            element = obj;
        }

        /// <summary>ref array[index] for arrays of references; the array's exact element type must match.</summary>
        public static ref object LdelemaRef(object[] array, nint index, MethodTable* elementType)
        {
            if ((nuint)index >= (nuint)array.Length) ThrowHelpers.ThrowIndexOutOfRangeException();
            if (array.m_pEEType->RelatedType != elementType) ThrowHelpers.ThrowArrayTypeMismatchException();
            return ref Unsafe.Add(ref MemoryMarshalHelpers.GetArrayDataReference(array), index);
        }

        /// <summary>Whether a box of sourceType may be unboxed as targetType: the same type, or an
        /// enum and an integer (or two enums) with the same underlying primitive.</summary>
        internal static bool AreUnboxCompatible(MethodTable* sourceType, MethodTable* targetType)
        {
            if (sourceType == targetType) return true;
            return sourceType->IsPrimitiveOrEnum && targetType->IsPrimitiveOrEnum && sourceType->PrimitiveKind == targetType->PrimitiveKind;
        }

        /// <summary>Whether a value of sourceType can be stored where targetType is expected.</summary>
        internal static bool AreTypesAssignable(MethodTable* sourceType, MethodTable* targetType)
        {
            if (sourceType == targetType) return true;
            if (targetType->IsInterface) return sourceType->ImplementsInterface(targetType);
            if (sourceType->IsArray && targetType->IsArray)
            {
                if (sourceType->IsSzArray != targetType->IsSzArray) return false;
                MethodTable* sourceElement = sourceType->RelatedType;
                MethodTable* targetElement = targetType->RelatedType;
                if (sourceElement == targetElement) return true;
                // Covariance applies to arrays of references only.
                return !sourceElement->IsValueType && !targetElement->IsValueType && AreTypesAssignable(sourceElement, targetElement);
            }
            if (sourceType->IsArray) return targetType->IsSystemArray || targetType->IsObjectType;
            for (MethodTable* type = sourceType->ParentType; type != null; type = type->ParentType)
                if (type == targetType) return true;
            return false;
        }
    }
}
