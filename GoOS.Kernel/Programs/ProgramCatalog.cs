using GoOS.Kernel.Boot;
using GoOS.Kernel.Diagnostics;

namespace GoOS.Kernel.Programs
{
    /// <summary>The programs GRUB loaded as multiboot2 modules, found by name (the module's
    /// command line, e.g. "init"). The modules stay where GRUB put them (BootReservations keeps
    /// their pages) and are read through the direct map. Filled once at boot.</summary>
    internal static unsafe class ProgramCatalog
    {
        public const int MaximumPrograms = 64;

        private static readonly string[] s_names = new string[MaximumPrograms];
        private static readonly ulong[] s_starts = new ulong[MaximumPrograms];
        private static readonly ulong[] s_lengths = new ulong[MaximumPrograms];
        private static int s_count;

        public static int Count => s_count;

        /// <summary>Records every named module. Called once at boot, after the direct map exists.</summary>
        public static void Initialize(MultibootInfo info)
        {
            ModuleEnumerator modules = info.Modules;
            while (modules.Next(out ulong start, out ulong end, out byte* name))
            {
                if (s_count == MaximumPrograms)
                {
                    Log.WriteLine("programs: more than 64 modules; the rest are ignored");
                    break;
                }
                int length = 0;
                while (name[length] != 0 && name[length] != (byte)' ') length++;
                if (length == 0) continue;
                s_names[s_count] = Ascii(name, length);
                s_starts[s_count] = start;
                s_lengths[s_count] = end - start;
                s_count++;
            }
        }

        /// <summary>The image of the program called name[0..length) (ASCII); false if there is none.</summary>
        public static bool Find(byte* name, int length, out string programName, out byte* image, out ulong imageLength)
        {
            for (int i = 0; i < s_count; i++)
            {
                string candidate = s_names[i];
                if (candidate.Length != length) continue;
                bool same = true;
                for (int c = 0; c < length && same; c++) same = candidate[c] == (char)name[c];
                if (!same) continue;
                programName = candidate;
                image = (byte*)KernelLayout.PhysicalToVirtual(s_starts[i]);
                imageLength = s_lengths[i];
                return true;
            }
            programName = null;
            image = null;
            imageLength = 0;
            return false;
        }

        /// <summary>The name of the i-th program (0 ≤ i &lt; Count).</summary>
        public static string NameAt(int i) => s_names[i];

        private static string Ascii(byte* text, int length)
        {
            char* chars = stackalloc char[length];
            for (int i = 0; i < length; i++) chars[i] = (char)text[i];
            return new string(chars, 0, length);
        }
    }
}
