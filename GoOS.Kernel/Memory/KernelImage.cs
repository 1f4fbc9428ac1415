using System.Runtime;
using System.Runtime.CompilerServices;

namespace GoOS.Kernel.Memory
{
    /// <summary>Bounds of the loaded kernel image, from symbols kernel.ld defines.</summary>
    internal static unsafe class KernelImage
    {
        [RuntimeImport("goos_kernel_end"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong VirtualEnd();

        public static ulong PhysicalEnd => KernelLayout.KernelVirtualToPhysical((void*)VirtualEnd());
    }
}
