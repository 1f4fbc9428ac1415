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

        public object Target => _firstParameter == (object)this ? _helperObject : _firstParameter;

        public static Delegate Combine(Delegate a, Delegate b) => MulticastDelegate.CombineImpl(a, b);

        public static Delegate Remove(Delegate source, Delegate value) => MulticastDelegate.RemoveImpl(source, value);

        public static bool operator ==(Delegate a, Delegate b) => ReferenceEquals(a, b) || (a is not null && a.Equals(b));
        public static bool operator !=(Delegate a, Delegate b) => !(a == b);

        public override unsafe bool Equals(object obj)
        {
            if (obj is not Delegate other || other._methodTable != _methodTable) return false;
            return other._functionPointer == _functionPointer
                && other._extraFunctionPointerOrData == _extraFunctionPointerOrData
                && (other._firstParameter == (object)other ? _firstParameter == (object)this : other._firstParameter == _firstParameter)
                && other._helperObject == _helperObject;
        }

        public override int GetHashCode() => (int)_functionPointer ^ (int)_extraFunctionPointerOrData;
    }

    /// <summary>Base of every delegate type. Combining delegates is not supported yet.</summary>
    public abstract class MulticastDelegate : Delegate
    {
        internal static Delegate CombineImpl(Delegate a, Delegate b)
        {
            if (a is null) return b;
            if (b is null) return a;
            throw new NotSupportedException("Multicast delegates are not supported.");
        }

        internal static Delegate RemoveImpl(Delegate source, Delegate value)
        {
            if (source is null) return null;
            if (value is null) return source;
            return source.Equals(value) ? null : source;
        }
    }
}
