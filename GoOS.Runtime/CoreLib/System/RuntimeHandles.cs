namespace System
{
    public struct RuntimeTypeHandle
    {
        private IntPtr _value;
        internal RuntimeTypeHandle(IntPtr value) { _value = value; }
        public IntPtr Value => _value;
    }

    public struct RuntimeMethodHandle
    {
        private IntPtr _value;
        internal RuntimeMethodHandle(IntPtr value) { _value = value; }
        public IntPtr Value => _value;
    }

    public struct RuntimeFieldHandle
    {
        private IntPtr _value;
        internal RuntimeFieldHandle(IntPtr value) { _value = value; }
        public IntPtr Value => _value;
    }
}
