using System.Runtime.CompilerServices;
using Internal.Runtime.CompilerHelpers;

namespace System
{
    /// <summary>Base of every delegate. ILC compiles delegate construction into calls of the
    /// Initialize* methods below (by name) and Invoke into a call through _functionPointer with
    /// _firstParameter as the first argument; the field names are fixed by ILC.</summary>
    public abstract partial class Delegate
    {
        private object _firstParameter;
        private object _helperObject;
        private nint _extraFunctionPointerOrData;
        private nint _functionPointer;

        // Closed over an instance: Invoke calls _functionPointer with the target as 'this'.
        private void InitializeClosedInstance(object firstParameter, nint functionPointer)
        {
            if (firstParameter == null) ThrowHelpers.ThrowNullReferenceException();
            _functionPointer = functionPointer;
            _firstParameter = firstParameter;
        }

        // An interface method of firstParameter: the cell is an interface dispatch cell, resolved
        // once here against the target's type.
        private unsafe void InitializeClosedInstanceToInterface(object firstParameter, nint dispatchCell)
        {
            if (firstParameter == null) ThrowHelpers.ThrowNullReferenceException();
            _functionPointer = Internal.Runtime.InterfaceDispatch.ResolveCell(firstParameter, (nint*)dispatchCell);
            _firstParameter = firstParameter;
        }

        // A generic virtual method of firstParameter, resolved once here against the target's type.
        // Shared code would need its generic dictionary passed on every call (an ILC thunk this
        // core library does not provide yet), so only exact instantiations are supported.
        private void InitializeClosedInstanceWithGVMResolution(object firstParameter, RuntimeMethodHandle methodHandle)
        {
            nint code = Internal.Runtime.GenericVirtualMethods.Resolve(firstParameter, methodHandle);
            if ((code & Internal.Runtime.GenericVirtualMethods.FatFunctionPointerOffset) != 0)
                throw new NotSupportedException("Delegates to shared generic virtual methods are not supported.");
            _functionPointer = code;
            _firstParameter = firstParameter;
        }

        // A static method: Invoke goes through an ILC-made thunk that finds the target in
        // _extraFunctionPointerOrData and drops the delegate argument.
        private void InitializeOpenStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
        {
            _firstParameter = this;
            _functionPointer = functionPointerThunk;
            _extraFunctionPointerOrData = functionPointer;
        }

        // A static method closed over its first argument.
        private void InitializeClosedStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
        {
            _extraFunctionPointerOrData = functionPointer;
            _helperObject = firstParameter;
            _functionPointer = functionPointerThunk;
            _firstParameter = this;
        }

        public object Target => IsMulticast ? LastInvocation.Target : _firstParameter == (object)this ? _helperObject : _firstParameter;

        // ILC overrides this in every delegate type to hand out the thunks it generated for it;
        // slot 0 is the thunk that invokes a multicast delegate's list in order.
        private protected virtual nint GetThunk(int whichThunk) => 0;

        private const int MulticastThunk = 0;

        // A multicast delegate keeps its invocation list in _helperObject (a Wrapper[], the shape
        // ILC's multicast thunk reads) and the count in _extraFunctionPointerOrData, and points
        // _firstParameter at itself.
        private bool IsMulticast => _helperObject is Wrapper[] && _firstParameter == (object)this;

        private Delegate LastInvocation => ((Wrapper[])_helperObject)[(int)_extraFunctionPointerOrData - 1].Value;

        /// <summary>One entry of an invocation list; ILC requires this type and its field by name.</summary>
        internal struct Wrapper
        {
            internal Delegate Value;
            public Wrapper(Delegate value) { Value = value; }
        }

        /// <summary>The delegates this one invokes, in order (itself when it is not multicast).</summary>
        public Delegate[] GetInvocationList()
        {
            if (!IsMulticast) return new Delegate[] { this };
            var list = new Delegate[(int)_extraFunctionPointerOrData];
            for (int i = 0; i < list.Length; i++) list[i] = ((Wrapper[])_helperObject)[i].Value;
            return list;
        }

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if (a is null) return b;
            if (b is null) return a;
            if (a.GetType() != b.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            Delegate[] first = a.GetInvocationList(), second = b.GetInvocationList();
            var list = new Delegate[first.Length + second.Length];
            for (int i = 0; i < first.Length; i++) list[i] = first[i];
            for (int i = 0; i < second.Length; i++) list[first.Length + i] = second[i];
            return a.WithInvocationList(list);
        }

        /// <summary>source without the last occurrence of value's invocation list (as .NET does).</summary>
        public static Delegate Remove(Delegate source, Delegate value)
        {
            if (source is null) return null;
            if (value is null) return source;
            Delegate[] list = source.GetInvocationList(), removed = value.GetInvocationList();
            for (int start = list.Length - removed.Length; start >= 0; start--)
            {
                int matched = 0;
                while (matched < removed.Length && list[start + matched].Equals(removed[matched])) matched++;
                if (matched < removed.Length) continue;
                int remaining = list.Length - removed.Length;
                if (remaining == 0) return null;
                var rest = new Delegate[remaining];
                for (int i = 0, j = 0; i < list.Length; i++)
                    if (i < start || i >= start + removed.Length) rest[j++] = list[i];
                return remaining == 1 ? rest[0] : source.WithInvocationList(rest);
            }
            return source;
        }

        // A new delegate of this delegate's type that invokes 'list' in order.
        private Delegate WithInvocationList(Delegate[] list)
        {
            var multicast = (Delegate)MemberwiseClone();
            var wrappers = new Wrapper[list.Length];
            for (int i = 0; i < list.Length; i++) wrappers[i] = new Wrapper(list[i]);
            multicast._helperObject = wrappers;
            multicast._extraFunctionPointerOrData = list.Length;
            multicast._functionPointer = GetThunk(MulticastThunk);
            multicast._firstParameter = multicast;
            return multicast;
        }

        public static bool operator ==(Delegate a, Delegate b) => ReferenceEquals(a, b) || (a is not null && a.Equals(b));
        public static bool operator !=(Delegate a, Delegate b) => !(a == b);

        public override unsafe bool Equals(object obj)
        {
            if (obj is not Delegate other || other.m_pEEType != m_pEEType) return false;
            if (IsMulticast || other.IsMulticast)
            {
                Delegate[] mine = GetInvocationList(), theirs = other.GetInvocationList();
                if (mine.Length != theirs.Length) return false;
                for (int i = 0; i < mine.Length; i++) if (!mine[i].Equals(theirs[i])) return false;
                return true;
            }
            return other._functionPointer == _functionPointer
                && other._extraFunctionPointerOrData == _extraFunctionPointerOrData
                && (other._firstParameter == (object)other ? _firstParameter == (object)this : other._firstParameter == _firstParameter)
                && other._helperObject == _helperObject;
        }

        public override int GetHashCode() => (int)_functionPointer ^ (int)_extraFunctionPointerOrData;
    }

    /// <summary>Base of every delegate type.</summary>
    public abstract class MulticastDelegate : Delegate
    {
    }
}
