using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Memory
{
    /// <summary>Bounds of the loaded kernel image, from symbols kernel.ld defines.</summary>
    internal static unsafe class KernelImage
    {
        [RuntimeImport("goos_kernel_sections"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SectionBounds(KernelSections* bounds);

        /// <summary>Where each group of sections starts (virtual addresses, physical start aside).</summary>
        public static KernelSections Sections
        {
            get
            {
                KernelSections sections;
                SectionBounds(&sections);
                return sections;
            }
        }

        /// <summary>The image's first physical address (the multiboot header and boot code).</summary>
        public static ulong PhysicalStart => Sections.PhysicalStart;

        /// <summary>The first physical address past the image (boot stack included).</summary>
        public static ulong PhysicalEnd => KernelLayout.KernelVirtualToPhysical((void*)Sections.End);
    }

    /// <summary>The section groups of kernel.ld. Field order must agree with goos_kernel_sections
    /// in Arch/X64/Paging.asm.</summary>
    internal struct KernelSections
    {
        public ulong PhysicalStart;
        public ulong TextStart;       // text: read and execute
        public ulong ReadOnlyStart;   // rodata, unwind and EH tables: read only
        public ulong DataStart;       // data and bss: read and write
        public ulong StackGuard;      // one unmapped page, then the boot stack (read and write)
        public ulong End;
    }
}
