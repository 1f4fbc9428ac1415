using Internal.Runtime;

namespace System
{
    /// <summary>Base of every enum. A boxed enum's MethodTable carries the underlying
    /// primitive type as its element type, which is how the value is read here.</summary>
    public abstract class Enum : ValueType
    {
        /// <summary>Whether every bit set in flag is also set in this value.</summary>
        public unsafe bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException(nameof(flag));
            if (RuntimeServices.MethodTableOf(flag) != RuntimeServices.MethodTableOf(this))
                throw new ArgumentException("The flag is not of the same enum type.");
            ulong bits = RawValue(flag);
            return (RawValue(this) & bits) == bits;
        }

        // The underlying integer of a boxed enum, zero-extended.
        private static unsafe ulong RawValue(Enum boxed)
        {
            byte* data = (byte*)RuntimeServices.AddressOf(boxed) + sizeof(nint);
            switch (RuntimeServices.MethodTableOf(boxed)->ValueSize)
            {
                case 1: return *data;
                case 2: return *(ushort*)data;
                case 4: return *(uint*)data;
                default: return *(ulong*)data;
            }
        }
    }
}
