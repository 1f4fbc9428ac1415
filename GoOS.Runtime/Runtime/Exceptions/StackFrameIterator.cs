namespace Internal.Runtime.Exceptions
{
    /// <summary>Walks managed frames outward from a captured context. Each position is one frame
    /// (a method body or a funclet) with its registers, its FDE and its LSDA. When the walk meets
    /// the return label of a catch or finally stub, an exception has escaped a funclet that an
    /// older dispatch was running: the walk continues at the frame owning that funclet, after
    /// the clause whose handler was running (the CLR's "collided unwind").</summary>
    internal unsafe struct StackFrameIterator
    {
        public RegisterContext Context;
        public FrameDescription Frame;
        public ManagedCodeInfo Code;
        /// <summary>True for the first frame of a hardware fault: Rip is the faulting instruction,
        /// not a return address, so it is used as is.</summary>
        public bool ExactPc;
        /// <summary>After a collided unwind, clauses up to this index (and their same-try siblings)
        /// are skipped; -1 otherwise.</summary>
        public int SkipThroughClause;

        /// <summary>The address inside the frame's code that clause ranges are matched against.</summary>
        public ulong ControlPc => ExactPc ? Context.Rip : Context.Rip - 1;

        public uint CodeOffset => (uint)(ControlPc - Code.MethodStart);

        /// <summary>Positions the walk on the frame executing in 'context'; false if it is not managed code.</summary>
        public bool Init(in RegisterContext context, bool exactPc)
        {
            Context = context;
            ExactPc = exactPc;
            SkipThroughClause = -1;
            return Resolve();
        }

        /// <summary>Moves to the caller's frame; false when the walk leaves managed code.</summary>
        public bool Next()
        {
            if (!CfiUnwinder.TryUnwind(in Frame, ControlPc, ref Context)) return false;
            ExactPc = false;
            SkipThroughClause = -1;
            return Resolve();
        }

        private bool Resolve()
        {
            if (ExceptionDispatcher.Frames.TryFind(ControlPc, out Frame) && ManagedCodeInfo.TryDecode(Frame.Lsda, Frame.Start, out Code))
                return true;
            ExceptionInfo* owner = ExceptionDispatcher.FindFuncletOwner(Context.Rip);
            if (owner == null) return false;
            this = owner->OwnerFrame;
            SkipThroughClause = owner->ClauseIndex;
            return true;
        }
    }
}
