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

        [RuntimeImport("goos_image_type_names"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern TypeNameEntry* TypeNamesStart();

        [RuntimeImport("goos_image_type_names_end"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern TypeNameEntry* TypeNamesEnd();

        [RuntimeImport("goos_image_gvms"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern GvmEntry* GvmsStart();

        [RuntimeImport("goos_image_gvms_end"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern GvmEntry* GvmsEnd();

        /// <summary>The name of the type 'type' describes, or null if the image has none for it.</summary>
        public static byte* TypeNameOf(MethodTable* type)
        {
            for (TypeNameEntry* entry = TypeNamesStart(); entry < TypeNamesEnd(); entry++)
                if (entry->Type == type) return entry->Name;
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
    }
}
