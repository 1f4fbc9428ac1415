namespace Internal.Runtime.Exceptions
{
    internal enum FuncletState
    {
        None,
        InFilter,
        InFinally,
        InCatch,
    }

    /// <summary>One exception dispatch in flight. Lives on the dispatcher's stack and is linked
    /// from ExceptionDispatcher.s_active (innermost first). While it runs a funclet it records
    /// which frame and clause own it, for rethrow and for exceptions escaping the funclet.</summary>
    internal unsafe struct ExceptionInfo
    {
        public ExceptionInfo* Previous;
        public object Exception;
        public FuncletState State;
        public StackFrameIterator OwnerFrame;
        public int ClauseIndex;
        /// <summary>Where goos_call_filter_funclet resumes if the filter throws.</summary>
        public ulong FilterResumeRsp;
    }
}
