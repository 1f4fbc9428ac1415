namespace System
{
    // The built-in value types. Their single field holds the value itself; the C# compiler
    // recognises them by name inside a core library.
    public struct Void { }
    public partial struct Boolean { private bool _value; }
    public partial struct Char { private char _value; }
    public partial struct SByte { private sbyte _value; }
    public partial struct Byte { private byte _value; }
    public partial struct Int16 { private short _value; }
    public partial struct UInt16 { private ushort _value; }
    public partial struct Int32 { private int _value; }
    public partial struct UInt32 { private uint _value; }
    public partial struct Int64 { private long _value; }
    public partial struct UInt64 { private ulong _value; }
    public partial struct Single { private float _value; }
    public partial struct Double { private double _value; }
}
