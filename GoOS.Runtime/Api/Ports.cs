using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS
{
    /// <summary>I/O ports, for driver programs. The kernel grants each driver program its port
    /// ranges (DeviceGrants: "serial" COM1, "keyboard" the PS/2 controller); a program that
    /// touches a port it was not granted is ended with "general protection fault ...: port I/O
    /// without a grant (port 0x...)".</summary>
    public static class Ports
    {
        [RuntimeImport("goos_port_in8"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern byte In8(ushort port);

        [RuntimeImport("goos_port_out8"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Out8(ushort port, byte value);

        [RuntimeImport("goos_port_in16"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ushort In16(ushort port);

        [RuntimeImport("goos_port_out16"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Out16(ushort port, ushort value);

        [RuntimeImport("goos_port_in32"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint In32(ushort port);

        [RuntimeImport("goos_port_out32"), MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Out32(ushort port, uint value);
    }
}
