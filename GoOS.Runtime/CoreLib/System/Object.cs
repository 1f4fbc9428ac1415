using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>The root of every class. Its first field is the MethodTable pointer the runtime
    /// reads for casts, virtual calls and the GC; the object header sits 8 bytes before it.</summary>
    public class Object
    {
#pragma warning disable CS0649
        // Offset 0 of every object; ILC requires this name.
        internal unsafe MethodTable* m_pEEType;
#pragma warning restore CS0649

        public Object() { }

        ~Object() { }

        public virtual bool Equals(object obj) => this == obj;

        public virtual int GetHashCode() => RuntimeHelpers.GetHashCode(this);

        public virtual string ToString() => GetType().Name;

        public static bool Equals(object a, object b)
        {
            if (a == b) return true;
            if (a == null || b == null) return false;
            return a.Equals(b);
        }

        public static bool ReferenceEquals(object a, object b) => a == b;

        public unsafe Type GetType() => Type.FromMethodTable(m_pEEType);

        protected unsafe object MemberwiseClone() => RuntimeHelpers.MemberwiseClone(this);
    }
}
