using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    /// <summary>Prepares the modules ILC compiled into this image before managed code may touch
    /// a static field: allocates the GC static bases and runs the eager class constructors.
    /// Formats: ILC's ReadyToRunHeader (signature "RTR", rows of section id, flags, start, end).</summary>
    public static unsafe class ModuleInitializer
    {
        private const uint ReadyToRunSignature = 0x00525452;
        private const int GCStaticRegion = 201;
        private const int EagerClassConstructors = 205;

        // A GC static base cell holds a relative pointer to the MethodTable of its statics block,
        // tagged with these bits, until it is replaced by a reference to the allocated block.
        private const int Uninitialized = 1;
        private const int HasPreInitializedData = 2;
        private const int FlagMask = 3;

        [RuntimeImport("goos_modules_start"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void** ModulesStart();

        [RuntimeImport("goos_modules_end"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void** ModulesEnd();

        /// <summary>Called once at image start-up, after the allocator has memory and before any
        /// static field is used; stops the image if a module header is malformed.</summary>
        public static void InitializeAll()
        {
            for (void** module = ModulesStart(); module < ModulesEnd(); module++)
            {
                if (*module == null) continue;
                byte* header = (byte*)*module;
                if (*(uint*)header != ReadyToRunSignature) RuntimeServices.FailFast("bad module header");
                InitializeSection(header, GCStaticRegion);
                InitializeSection(header, EagerClassConstructors);
            }
        }

        private static void InitializeSection(byte* header, int wantedSection)
        {
            ushort sectionCount = *(ushort*)(header + 12);
            byte rowSize = header[14];
            byte* rows = header + 16;
            for (int i = 0; i < sectionCount; i++)
            {
                byte* row = rows + i * rowSize;
                if (*(int*)row != wantedSection) continue;
                byte* start = *(byte**)(row + 8);
                byte* end = *(byte**)(row + 16);
                if (wantedSection == GCStaticRegion) AllocateStaticBases(start, end);
                else RunClassConstructors(start, end);
            }
        }

        /// <summary>Writes the addresses of every GC static cell of the image (up to capacity) to
        /// cells and returns how many there are. Once InitializeAll has run, each cell holds the
        /// reference to a statics block: the roots a garbage collector starts from.</summary>
        public static int GcStaticCells(ulong** cells, int capacity)
        {
            int count = 0;
            for (void** module = ModulesStart(); module < ModulesEnd(); module++)
            {
                if (*module == null) continue;
                byte* header = (byte*)*module;
                ushort sectionCount = *(ushort*)(header + 12);
                byte rowSize = header[14];
                for (int i = 0; i < sectionCount; i++)
                {
                    byte* row = header + 16 + i * rowSize;
                    if (*(int*)row != GCStaticRegion) continue;
                    for (byte* entry = *(byte**)(row + 8); entry < *(byte**)(row + 16); entry += sizeof(int))
                    {
                        if (count < capacity) cells[count] = (ulong*)ReadRelativePointer(entry);
                        count++;
                    }
                }
            }
            return count;
        }

        // The region is an array of relative pointers to cells; see the cell format above.
        private static void AllocateStaticBases(byte* start, byte* end)
        {
            for (byte* entry = start; entry < end; entry += sizeof(int))
            {
                nint* cell = (nint*)ReadRelativePointer(entry);
                int tagged = *(int*)cell;
                if ((tagged & Uninitialized) == 0) continue;
                MethodTable* staticsType = (MethodTable*)((byte*)cell + (tagged & ~FlagMask));
                object statics = Allocator.NewObject(staticsType);
                if ((tagged & HasPreInitializedData) != 0)
                {
                    byte* data = ReadRelativePointer((byte*)cell + sizeof(int));
                    byte* fields = (byte*)RuntimeServices.AddressOf(statics) + sizeof(nint);
                    Memory.Move(fields, data, staticsType->BaseSize - 2 * (ulong)sizeof(nint));
                }
                *cell = (nint)RuntimeServices.AddressOf(statics);
            }
        }

        // The eager class constructors, in the order ILC wants them run: relative pointers to code.
        private static void RunClassConstructors(byte* start, byte* end)
        {
            for (byte* entry = start; entry < end; entry += sizeof(int))
                ((delegate*<void>)ReadRelativePointer(entry))();
        }

        private static byte* ReadRelativePointer(byte* location) => location + *(int*)location;
    }
}
