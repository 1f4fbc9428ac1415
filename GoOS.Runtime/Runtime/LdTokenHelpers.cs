using System;

namespace Internal.Runtime.CompilerHelpers
{
    /// <summary>What ILC calls for ldtoken and typeof: turns the address of a MethodTable (or a
    /// method/field handle cell) into the handle or Type object C# sees.</summary>
    internal static unsafe class LdTokenHelpers
    {
        private static RuntimeTypeHandle GetRuntimeTypeHandle(nint methodTable) => new RuntimeTypeHandle(methodTable);

        private static Type GetRuntimeType(nint methodTable) => Type.GetTypeFromHandle(new RuntimeTypeHandle(methodTable));

        private static RuntimeMethodHandle GetRuntimeMethodHandle(nint handleSignature) => new RuntimeMethodHandle(handleSignature);

        private static RuntimeFieldHandle GetRuntimeFieldHandle(nint handleSignature) => new RuntimeFieldHandle(handleSignature);
    }
}
