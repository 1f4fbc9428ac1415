using GoOS.Kernel.Devices;

namespace GoOS.Kernel.Arch.X64
{
    /// <summary>Keeps the TSS I/O bitmap open for exactly the ports of the driver whose thread
    /// runs: the scheduler calls SwitchTo for every thread it enters, and only a change of grant
    /// touches the bitmap. Interrupts off.</summary>
    internal static class IoPermissions
    {
        private static DeviceGrant s_open;   // whose ports the bitmap allows now, or null

        /// <summary>Makes the bitmap allow grant's ports (none for null) and nothing else.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void SwitchTo(DeviceGrant grant)
        {
            if (grant != s_open) Change(grant);
        }

        private static void Change(DeviceGrant grant)
        {
            if (s_open != null) SetRanges(s_open, allow: false);
            if (grant != null) SetRanges(grant, allow: true);
            s_open = grant;
        }

        private static void SetRanges(DeviceGrant grant, bool allow)
        {
            for (int i = 0; i < grant.RangeCount; i++) TaskStateSegment.SetPortsAllowed(grant.FirstPort(i), grant.LastPort(i), allow);
        }
    }
}
