using System.Text;

namespace GoOS.ImageTool;

/// <summary>Lays out the tables the runtime reads (GoOS.Runtime/Runtime/ImageTables.cs must agree):
///   goos_type_names .. goos_type_names_end: { MethodTable*, NUL-terminated UTF-8 name* } per type;
///   goos_gvm_table .. goos_gvm_table_end: { RuntimeMethodHandle, MethodTable*, code, dictionary or 0 }
///   per implementation; &amp;code + 2 is the entry's fat function pointer;
///   goos_method_runs .. goos_method_runs_end: { first entry*, end entry* } per code section, each
///   run's entries { code start, uint32 size, uint32 name offset into goos_method_name_text }
///   sorted by code start (the linker keeps a section's order, not the order of sections).</summary>
public static class ImageTables
{
    public static byte[] Write(IReadOnlyList<TypeNameEntry> typeNames, IReadOnlyList<GvmEntry> gvms, IReadOnlyList<MethodNameEntry> methods)
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

        WriteMethods(writer, methods);

        for (int i = 0; i < typeNames.Count; i++)
        {
            writer.Label("goos_type_name_" + i);
            writer.Bytes(Encoding.UTF8.GetBytes(typeNames[i].FullName + "\0"));
        }
        writer.Align(8);
        return writer.ToArray();
    }

    // The method-name runs, their entries and the names (each distinct name once).
    private static void WriteMethods(ElfObjectWriter writer, IReadOnlyList<MethodNameEntry> methods)
    {
        List<IGrouping<ushort, MethodNameEntry>> runs = methods.GroupBy(m => m.Section).ToList();
        writer.Label("goos_method_runs");
        for (int i = 0; i < runs.Count; i++)
        {
            writer.Address("goos_method_run_" + i);
            writer.Address("goos_method_run_" + i + "_end");
        }
        writer.Label("goos_method_runs_end");

        var text = new MemoryStream();
        var offsets = new Dictionary<string, uint>(StringComparer.Ordinal);
        for (int i = 0; i < runs.Count; i++)
        {
            writer.Label("goos_method_run_" + i);
            foreach (MethodNameEntry method in runs[i])
            {
                if (!offsets.TryGetValue(method.Name, out uint offset))
                {
                    offsets.Add(method.Name, offset = checked((uint)text.Length));
                    text.Write(Encoding.UTF8.GetBytes(method.Name + "\0"));
                }
                writer.Address(method.Symbol);
                writer.UInt32(checked((uint)method.Size));
                writer.UInt32(offset);
            }
            writer.Label("goos_method_run_" + i + "_end");
        }
        writer.Label("goos_method_name_text");
        writer.Bytes(text.ToArray());
    }
}
