using System.Text;

namespace GoOS.ImageTool;

/// <summary>Lays out the tables the runtime reads (GoOS.Runtime/Runtime/ImageTables.cs must agree):
///   goos_type_names .. goos_type_names_end: { MethodTable*, NUL-terminated UTF-8 name* } per type;
///   goos_gvm_table .. goos_gvm_table_end: { RuntimeMethodHandle, MethodTable*, code, dictionary or 0 }
///   per implementation; &amp;code + 2 is the entry's fat function pointer.</summary>
public static class ImageTables
{
    public static byte[] Write(IReadOnlyList<TypeNameEntry> typeNames, IReadOnlyList<GvmEntry> gvms)
    {
        var writer = new ElfObjectWriter();
        writer.Label("goos_type_names");
        for (int i = 0; i < typeNames.Count; i++)
        {
            writer.Address(typeNames[i].MethodTableSymbol);
            writer.Address("goos_type_name_" + i);
        }
        writer.Label("goos_type_names_end");

        writer.Label("goos_gvm_table");
        foreach (GvmEntry entry in gvms)
        {
            writer.Address(entry.MethodHandle);
            writer.Address(entry.ImplementingType);
            writer.Address(entry.Code);
            if (entry.Dictionary != null) writer.Address(entry.Dictionary);
            else writer.Quad(0);
        }
        writer.Label("goos_gvm_table_end");

        for (int i = 0; i < typeNames.Count; i++)
        {
            writer.Label("goos_type_name_" + i);
            writer.Bytes(Encoding.UTF8.GetBytes(typeNames[i].FullName + "\0"));
        }
        writer.Align(8);
        return writer.ToArray();
    }
}
