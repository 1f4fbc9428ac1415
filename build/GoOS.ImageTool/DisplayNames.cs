using System.Text;

namespace GoOS.ImageTool;

/// <summary>How stack traces spell types: C#-like, with type arguments in angle brackets and
/// without the `n arity suffixes of metadata names ("System.Collections.Generic.List&lt;T&gt;",
/// "LanguageSuite+Map&lt;Int32,String&gt;"). Shared code's System.__Canon arguments show as the
/// generic parameter they stand for.</summary>
public static class DisplayNames
{
    /// <summary>'type' with its namespace and enclosing types (qualified) or by its own name only.</summary>
    public static string Of(MangledType type, bool qualified) => type switch
    {
        DefinitionType definition => WithoutArity(qualified ? definition.Definition.FullName : definition.Definition.SimpleName)
            + Arguments(definition.Arguments, definition.Definition.GenericParameterNames),
        ArrayType array => Of(array.Element, false) + (array.Rank == 0 ? "[]" : "[" + new string(',', array.Rank - 1) + "]"),
        ParameterizedType parameterized => Of(parameterized.Element, false) + (parameterized.Kind == "Pointer" ? "*" : "&"),
        _ => "__Canon",
    };

    /// <summary>"&lt;A,B&gt;" for type arguments (a System.__Canon argument shows as its parameter's
    /// name from 'parameterNames'); "" for none.</summary>
    public static string Arguments(IReadOnlyList<MangledType> arguments, IReadOnlyList<string> parameterNames)
    {
        if (arguments.Count == 0) return "";
        IEnumerable<string> names = arguments.Select((argument, i) =>
            argument is CanonType && i < parameterNames.Count ? parameterNames[i] : Of(argument, false));
        return "<" + string.Join(",", names) + ">";
    }

    /// <summary>A metadata name with every "`n" arity suffix removed ("Dictionary`2+Enumerator" → "Dictionary+Enumerator").</summary>
    public static string WithoutArity(string name)
    {
        var builder = new StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] != '`') { builder.Append(name[i]); continue; }
            while (i + 1 < name.Length && char.IsAsciiDigit(name[i + 1])) i++;
        }
        return builder.ToString();
    }
}
