using Internal.Runtime;

namespace System
{
    /// <summary>Base of every struct. Equals and GetHashCode without an override compare the
    /// fields: references with Equals, everything else bit for bit (the GC descriptor tells
    /// which 8-byte slots hold references).</summary>
    public abstract class ValueType
    {
        public override unsafe bool Equals(object obj)
        {
            if (obj == null || RuntimeServices.MethodTableOf(obj) != RuntimeServices.MethodTableOf(this)) return false;
            MethodTable* type = RuntimeServices.MethodTableOf(this);
            byte* mine = (byte*)RuntimeServices.AddressOf(this);
            byte* theirs = (byte*)RuntimeServices.AddressOf(obj);
            int end = sizeof(nint) + (int)type->ValueTypeSize;
            for (int offset = sizeof(nint); offset < end;)
            {
                if (type->IsReferenceSlot(offset))
                {
                    if (!Object.Equals(RuntimeServices.ObjectAt(mine + offset), RuntimeServices.ObjectAt(theirs + offset))) return false;
                    offset += sizeof(nint);
                }
                else
                {
                    if (mine[offset] != theirs[offset]) return false;
                    offset++;
                }
            }
            return true;
        }

        public override unsafe int GetHashCode()
        {
            MethodTable* type = RuntimeServices.MethodTableOf(this);
            byte* data = (byte*)RuntimeServices.AddressOf(this);
            int end = sizeof(nint) + (int)type->ValueTypeSize;
            uint hash = 2166136261;
            for (int offset = sizeof(nint); offset < end;)
            {
                if (type->IsReferenceSlot(offset))
                {
                    object field = RuntimeServices.ObjectAt(data + offset);
                    hash = (hash ^ (uint)(field?.GetHashCode() ?? 0)) * 16777619;
                    offset += sizeof(nint);
                }
                else
                {
                    hash = (hash ^ data[offset]) * 16777619;
                    offset++;
                }
            }
            return (int)hash;
        }
    }
}
