namespace GoOS.Kernel.Devices
{
    /// <summary>What the kernel lets one driver program touch: I/O port ranges (used from ring 3
    /// through the TSS I/O permission bitmap), legacy IRQ lines (forwarded to it as channel
    /// messages, DeviceInterrupts) and the VGA text screen (ScreenClaim). Made at boot or by a test harness; never changed after it
    /// is registered (DeviceGrants).</summary>
    public sealed class DeviceGrant
    {
        public const int MaximumRanges = 4;

        private readonly ushort[] _first = new ushort[MaximumRanges];
        private readonly ushort[] _last = new ushort[MaximumRanges];

        public DeviceGrant(string program)
        {
            Program = program;
        }

        /// <summary>The program name (its multiboot module) the grant is for.</summary>
        public string Program { get; }

        public int RangeCount { get; private set; }

        /// <summary>Bit n: IRQ line n (0-15) may be claimed.</summary>
        public ushort Irqs { get; private set; }

        public ushort FirstPort(int range) => _first[range];

        public ushort LastPort(int range) => _last[range];

        /// <summary>Adds the ports first..last (inclusive); false when MaximumRanges are taken or
        /// the range is empty.</summary>
        public bool AddPorts(ushort first, ushort last)
        {
            if (RangeCount == MaximumRanges || last < first) return false;
            _first[RangeCount] = first;
            _last[RangeCount] = last;
            RangeCount++;
            return true;
        }

        /// <summary>Adds IRQ line irq (0-15, not 2: the cascade); false otherwise.</summary>
        public bool AddIrq(int irq)
        {
            if (irq < 0 || irq > 15 || irq == 2) return false;
            Irqs |= (ushort)(1 << irq);
            return true;
        }

        public bool HasIrq(int irq) => irq >= 0 && irq <= 15 && (Irqs & (1 << irq)) != 0;

        /// <summary>The program may claim the VGA text screen (ScreenClaim).</summary>
        public bool Screen { get; set; }
    }
}
