namespace GoOS.Kernel.Devices
{
    /// <summary>The kernel's table of driver grants, by program name: a process started from a
    /// program with a grant may use its ports and claim its IRQs; every other process may use
    /// none. The product's drivers are registered at boot; a boot test registers its own test
    /// driver. Interrupts off.</summary>
    public static class DeviceGrants
    {
        private const int MaximumGrants = 16;
        private static readonly DeviceGrant[] s_grants = new DeviceGrant[MaximumGrants];
        private static int s_count;

        /// <summary>The product's drivers: COM1 for "serial", the PS/2 controller for "keyboard",
        /// the VGA text screen for "console".
        /// Called once at boot.</summary>
        public static void Initialize()
        {
            var serial = new DeviceGrant("serial");
            serial.AddPorts(0x3F8, 0x3FF);
            serial.AddIrq(4);
            Register(serial);
            var keyboard = new DeviceGrant("keyboard");
            keyboard.AddPorts(0x60, 0x60);
            keyboard.AddPorts(0x64, 0x64);
            keyboard.AddIrq(1);
            Register(keyboard);
            var console = new DeviceGrant("console") { Screen = true };
            console.AddPorts(0x3D4, 0x3D5);   // the CRT controller: the cursor
            Register(console);
        }

        /// <summary>Adds a grant (replacing one for the same program); false when the table is full.
        /// Processes started afterwards get it.</summary>
        public static bool Register(DeviceGrant grant)
        {
            for (int i = 0; i < s_count; i++)
            {
                if (s_grants[i].Program != grant.Program) continue;
                s_grants[i] = grant;
                return true;
            }
            if (s_count == MaximumGrants) return false;
            s_grants[s_count++] = grant;
            return true;
        }

        /// <summary>The grant of the program called name, or null.</summary>
        public static DeviceGrant For(string name)
        {
            for (int i = 0; i < s_count; i++) if (s_grants[i].Program == name) return s_grants[i];
            return null;
        }
    }
}
