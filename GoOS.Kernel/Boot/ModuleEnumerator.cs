namespace GoOS.Kernel.Boot
{
    /// <summary>Walks the multiboot2 module tags (physical start and end of each module) without allocating.</summary>
    internal unsafe struct ModuleEnumerator
    {
        private const uint TagEnd = 0;

        private byte* _next;
        private readonly byte* _end;
        private readonly uint _moduleTag;

        public ModuleEnumerator(byte* firstTag, byte* end, uint moduleTag)
        {
            _next = firstTag;
            _end = end;
            _moduleTag = moduleTag;
        }

        public bool Next(out ulong physicalStart, out ulong physicalEnd) => Next(out physicalStart, out physicalEnd, out _);

        /// <summary>The next module: its physical range and its name (the NUL-terminated string
        /// GRUB was given after the module's path, inside the boot information).</summary>
        public bool Next(out ulong physicalStart, out ulong physicalEnd, out byte* name)
        {
            physicalStart = physicalEnd = 0;
            name = null;
            while (_next != null && _next + 8 <= _end)
            {
                byte* tag = _next;
                uint type = *(uint*)tag;
                if (type == TagEnd) break;
                _next += (*(uint*)(tag + 4) + 7) & ~7u;
                if (type != _moduleTag) continue;
                physicalStart = *(uint*)(tag + 8);
                physicalEnd = *(uint*)(tag + 12);
                name = tag + 16;
                return true;
            }
            _next = null;
            return false;
        }
    }
}
