using Internal.Runtime;

namespace System.Runtime.CompilerServices
{
    /// <summary>The word ILC places just before a type's non-GC statics when the type has a class
    /// constructor it could not run at build time: the constructor's address until it has run, then 0.</summary>
    public unsafe struct StaticClassConstructionContext
    {
        public nint cctorMethodAddress;
    }

    /// <summary>Runs class constructors lazily, on first access to a type's statics. ILC inlines
    /// the "already ran?" test and calls these on the slow path. Its presence also stops ILC from
    /// running every class constructor eagerly at start-up. One thread of managed code per image:
    /// no locking yet. A constructor that re-enters its own type sees the statics as they are
    /// (the CLR's rule for recursion on one thread).</summary>
    internal static unsafe class ClassConstructorRunner
    {
        private static object CheckStaticClassConstructionReturnGCStaticBase(StaticClassConstructionContext* context, object gcStaticBase)
        {
            EnsureClassConstructorRun(context);
            return gcStaticBase;
        }

        private static nint CheckStaticClassConstructionReturnNonGCStaticBase(StaticClassConstructionContext* context, nint nonGcStaticBase)
        {
            EnsureClassConstructorRun(context);
            return nonGcStaticBase;
        }

        private static void EnsureClassConstructorRun(StaticClassConstructionContext* context)
        {
            nint constructor = context->cctorMethodAddress;
            if (constructor == 0) return;
            // Cleared first so that a recursive access from inside the constructor does not rerun it.
            context->cctorMethodAddress = 0;
            try
            {
                ((delegate*<void>)constructor)();
            }
            catch (Exception e)
            {
                throw new TypeInitializationException(TypeOfConstructor(constructor), e);
            }
        }

        // "Namespace.Type" from the constructor's name "Namespace.Type..cctor()".
        private static string TypeOfConstructor(nint constructor)
        {
            string name = RuntimeSymbols.MethodNameAt((ulong)constructor);
            const string Suffix = "..cctor()";
            return name.EndsWith(Suffix) ? name.Substring(0, name.Length - Suffix.Length) : name;
        }
    }
}
