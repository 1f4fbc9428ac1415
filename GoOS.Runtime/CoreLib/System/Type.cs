using Internal.Runtime;

namespace System
{
    /// <summary>A type at run time. GoOS has no reflection metadata; a Type knows its
    /// MethodTable and its name (from the image's symbol table).</summary>
    public abstract class Type
    {
        public abstract string Name { get; }
        public abstract string FullName { get; }
        public abstract string Namespace { get; }
        public abstract bool IsValueType { get; }
        public abstract Type BaseType { get; }
        public abstract RuntimeTypeHandle TypeHandle { get; }

        public override string ToString() => FullName;

        public static unsafe Type GetTypeFromHandle(RuntimeTypeHandle handle)
        {
            if (handle.Value == IntPtr.Zero) return null;
            return FromMethodTable((MethodTable*)handle.Value);
        }

        internal static unsafe Type FromMethodTable(MethodTable* type) => new RuntimeType(type);

        public static bool operator ==(Type a, Type b) => Equals(a, b);
        public static bool operator !=(Type a, Type b) => !Equals(a, b);
        public override bool Equals(object o) => o is Type t && t.TypeHandle.Value == TypeHandle.Value;
        public override unsafe int GetHashCode() => (int)(long)TypeHandle.Value.ToPointer();
    }

    internal sealed unsafe class RuntimeType : Type
    {
        private readonly MethodTable* _type;

        internal RuntimeType(MethodTable* type) { _type = type; }

        public override string FullName => RuntimeSymbols.TypeNameOf(_type);

        public override string Name
        {
            get
            {
                string full = FullName;
                int dot = full.LastIndexOf('.');
                return dot < 0 ? full : full.Substring(dot + 1);
            }
        }

        public override string Namespace
        {
            get
            {
                string full = FullName;
                int dot = full.LastIndexOf('.');
                return dot < 0 ? null : full.Substring(0, dot);
            }
        }

        public override bool IsValueType => _type->IsValueType;

        public override Type BaseType => _type->IsValueType || _type->IsInterface || _type->RelatedType == null ? null : new RuntimeType(_type->RelatedType);

        public override RuntimeTypeHandle TypeHandle => new RuntimeTypeHandle(new IntPtr(_type));
    }
}
