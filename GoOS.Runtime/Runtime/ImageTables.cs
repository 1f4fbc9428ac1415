using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    /// <summary>The tables build/GoOS.ImageTool links into every image, read in place. Layouts
    /// must agree with build/GoOS.ImageTool/ImageTables.cs.</summary>
    internal static unsafe class ImageTables
    {
        /// <summary>A MethodTable and its type's full name (NUL-terminated UTF-8).</summary>
        internal struct TypeNameEntry
        {
            public MethodTable* Type;
            public byte* Name;
        }

        /// <summary>For receivers of type Type, the method a RuntimeMethodHandle names is Code,
        /// called with Dictionary as its hidden generic argument when not 0 (shared code).</summary>
        internal struct GvmEntry
        {
            public nint MethodHandle;
            public MethodTable* Type;
            public nint Code;
            public nint Dictionary;
        }

        /// <summary>A method body: code from Start for Size bytes (funclets included), named by
        /// the NUL-terminated UTF-8 text at NameOffset in the method-name text.</summary>
        internal struct MethodEntry
        {
            public ulong Start;
            public uint Size;
            public uint NameOffset;
        }

        /// <summary>The entries of one code section, sorted by Start: First up to (not including) End.</summary>
        internal struct MethodRun
        {
            public MethodEntry* First;
            public MethodEntry* End;
        }

        [RuntimeImport("goos_image_type_names"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern TypeNameEntry* TypeNamesStart();

        [RuntimeImport("goos_image_type_names_end"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern TypeNameEntry* TypeNamesEnd();

        [RuntimeImport("goos_image_gvms"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern GvmEntry* GvmsStart();

        [RuntimeImport("goos_image_gvms_end"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern GvmEntry* GvmsEnd();

        [RuntimeImport("goos_image_method_runs"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern MethodRun* MethodRunsStart();

        [RuntimeImport("goos_image_method_runs_end"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern MethodRun* MethodRunsEnd();

        [RuntimeImport("goos_image_method_name_text"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern byte* MethodNameText();

        /// <summary>The name of the type 'type' describes, or null if the image has none for it.</summary>
        public static byte* TypeNameOf(MethodTable* type)
        {
            for (TypeNameEntry* entry = TypeNamesStart(); entry < TypeNamesEnd(); entry++)
                if (entry->Type == type) return entry->Name;
            return null;
        }

        /// <summary>The image's type whose name hash (ILC's) and sizes are these, or null. For
        /// objects arriving from another program (ObjectGraph): its type descriptor is replaced by
        /// this image's own.</summary>
        public static MethodTable* TypeWithIdentity(uint nameHash, uint baseSize, ushort componentSize)
        {
            for (TypeNameEntry* entry = TypeNamesStart(); entry < TypeNamesEnd(); entry++)
            {
                MethodTable* type = entry->Type;
                if (type->NameHash == nameHash && type->BaseSize == baseSize && type->ComponentSize == componentSize) return type;
            }
            return null;
        }

        /// <summary>The implementation of the generic virtual method 'methodHandle' that type 'type'
        /// itself provides, or null (then a base type's applies).</summary>
        public static GvmEntry* FindGvm(nint methodHandle, MethodTable* type)
        {
            for (GvmEntry* entry = GvmsStart(); entry < GvmsEnd(); entry++)
                if (entry->MethodHandle == methodHandle && entry->Type == type) return entry;
            return null;
        }

        /// <summary>The name (NUL-terminated UTF-8) of the method whose code contains 'address',
        /// with its start in 'start'; null if no method of the image does. Allocates nothing, so
        /// fault handlers may call it. Binary search within each code section's run.</summary>
        public static byte* MethodNameAt(ulong address, out ulong start)
        {
            start = 0;
            for (MethodRun* run = MethodRunsStart(); run < MethodRunsEnd(); run++)
            {
                MethodEntry* low = run->First, high = run->End;
                while (low < high)
                {
                    MethodEntry* middle = low + (high - low) / 2;
                    if (middle->Start <= address) low = middle + 1;
                    else high = middle;
                }
                if (low == run->First) continue;
                MethodEntry* entry = low - 1;
                if (address - entry->Start >= entry->Size) continue;
                start = entry->Start;
                return MethodNameText() + entry->NameOffset;
            }
            return null;
        }
    }
}
