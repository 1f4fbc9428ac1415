using System.Text;

namespace GoOS.ImageTool;

/// <summary>The rules by which ilc 10 (NativeAotNameMangler) turns names into symbols, restated:
/// ASCII letters, digits and '_' stay, every other character (a multi-byte UTF-8 sequence counts
/// as one) becomes '_', and a leading digit gets a '_' in front.</summary>
public static class IlcMangling
{
    public const string MethodTablePrefix = "_ZTV";
    public const string BoxedPrefix = "Boxed_";
    public const string CanonName = "System___Canon";
    public const string MethodHandlePrefix = "__RuntimeMethodHandle_";
    public const string GenericDictionaryPrefix = "__GenericDict_";

    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsAsciiLetter(c) || c == '_') builder.Append(c);
            else if (char.IsAsciiDigit(c)) builder.Append(i == 0 ? "_" + c : c.ToString());
            else
            {
                builder.Append('_');
                if (char.IsHighSurrogate(c)) i++;
            }
        }
        return builder.ToString();
    }

    /// <summary>name, or name_0, name_1, ... : the first that 'taken' does not report.</summary>
    public static string Disambiguate(string name, Func<string, bool> taken)
    {
        string result = name;
        for (uint i = 0; taken(result); i++) result = name + "_" + i;
        return result;
    }

    /// <summary>The short names ilc gives the system module's primitive types, Object and String.</summary>
    public static readonly IReadOnlyDictionary<string, string> WellKnownShortNames = new Dictionary<string, string>
    {
        ["System.Boolean"] = "Bool", ["System.Byte"] = "UInt8", ["System.SByte"] = "Int8",
        ["System.UInt16"] = "UInt16", ["System.Int16"] = "Int16", ["System.UInt32"] = "UInt32",
        ["System.Int32"] = "Int32", ["System.UInt64"] = "UInt64", ["System.Int64"] = "Int64",
        ["System.Char"] = "Char", ["System.Double"] = "Double", ["System.Single"] = "Single",
        ["System.IntPtr"] = "IntPtr", ["System.UIntPtr"] = "UIntPtr",
        ["System.Object"] = "Object", ["System.String"] = "String",
    };

    /// <summary>The MethodTable symbol ilc emits for a mangled type name.</summary>
    public static string MethodTableSymbol(string mangledType, bool isValueType)
    {
        string name = isValueType ? BoxedPrefix + mangledType : mangledType;
        return MethodTablePrefix + Encoding.UTF8.GetByteCount(name) + name;
    }

    /// <summary>The mangled type name inside a MethodTable symbol (length prefix removed), or null.</summary>
    public static string FromMethodTableSymbol(string symbol)
    {
        if (!symbol.StartsWith(MethodTablePrefix, StringComparison.Ordinal)) return null;
        int digits = MethodTablePrefix.Length;
        while (digits < symbol.Length && char.IsAsciiDigit(symbol[digits])) digits++;
        return digits == MethodTablePrefix.Length ? null : symbol[digits..];
    }
}
