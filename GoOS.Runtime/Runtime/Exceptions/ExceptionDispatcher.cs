using System;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Internal.Runtime.Exceptions
{
    /// <summary>Two-pass exception dispatch over ILC's EH clauses, as the CLR does it:
    /// pass 1 walks the frames from the throw outward and picks the first typed catch that
    /// matches or filter that accepts; pass 2 walks again, running the finally funclets of the
    /// frames in between, then calls the catch funclet and resumes its frame. An exception no
    /// clause catches goes to RuntimeServices.Unhandled. The chain of dispatches in flight is
    /// per thread: the kernel's scheduler swaps it through ThreadState; a program's runtime,
    /// whose threads switch without it knowing, keeps one per thread (UsePerThreadState).</summary>
    public static unsafe class ExceptionDispatcher
    {
        // Guarded by: the current thread (swapped on context switches through ThreadState).
        private static ExceptionInfo* s_activeShared;
        private static delegate*<ExceptionInfo**> s_currentThreadSlot;

        // The current thread's chain of dispatches in flight.
        private static ExceptionInfo* s_active
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => s_currentThreadSlot == null ? s_activeShared : *s_currentThreadSlot();
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            set
            {
                if (s_currentThreadSlot == null) s_activeShared = value;
                else *s_currentThreadSlot() = value;
            }
        }

        /// <summary>Keeps the chain of dispatches in flight in a word per thread: slot returns the
        /// current thread's (a zeroed word when the thread starts). For programs, whose threads
        /// are switched by the kernel.</summary>
        public static void UsePerThreadState(delegate*<void**> slot) => s_currentThreadSlot = (delegate*<ExceptionInfo**>)slot;
        private static FrameTable s_frames;
        private static bool s_initialized;
        private static ulong s_catchReturn, s_finallyReturn, s_filterReturn, s_filterThrew;

        [RuntimeImport("goos_call_catch_funclet"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void CallCatchFunclet(object exception, ulong handler, RegisterContext* frame);

        [RuntimeImport("goos_call_finally_funclet"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void CallFinallyFunclet(ulong handler, RegisterContext* frame);

        [RuntimeImport("goos_call_filter_funclet"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool CallFilterFunclet(object exception, ulong filter, RegisterContext* frame, ulong* resumeRsp);

        [RuntimeImport("goos_resume"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void Resume(ulong rip, ulong rsp);

        [RuntimeImport("goos_funclet_return_labels"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void GetFuncletReturnLabels(ulong* labels);

        [RuntimeImport("goos_eh_frame_header"), MethodImpl(MethodImplOptions.InternalCall)]
        private static extern byte* GetEhFrameHeader();

        internal static ref FrameTable Frames => ref s_frames;

        /// <summary>The current thread's chain of dispatches in flight, as an opaque value: the
        /// image's scheduler saves it for the thread it switches away from and restores the next
        /// thread's, so every thread has its own.</summary>
        public static nint ThreadState
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => (nint)s_active;
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            set => s_active = (ExceptionInfo*)value;
        }

        private static void EnsureInitialized()
        {
            if (s_initialized) return;
            s_frames = new FrameTable(GetEhFrameHeader());
            ulong* labels = stackalloc ulong[4];
            GetFuncletReturnLabels(labels);
            s_catchReturn = labels[0];
            s_finallyReturn = labels[1];
            s_filterReturn = labels[2];
            s_filterThrew = labels[3];
            s_initialized = true;
            if (!s_frames.Valid) RuntimeServices.FailFast("no usable .eh_frame_hdr: exceptions cannot be dispatched");
        }

        /// <summary>'throw' (via RhpThrowEx): context is the throwing method's. Never returns.</summary>
        [RuntimeExport("goos_dispatch_exception")]
        private static void DispatchThrow(object exception, RegisterContext* context)
        {
            if (exception == null) exception = new NullReferenceException();
            if (exception is Exception managed) managed.ResetStackTrace();
            Dispatch(exception, context, exactPc: false);
        }

        /// <summary>'throw;' (via RhpRethrow) inside a catch funclet: raises the exception that
        /// catch is handling again, keeping its stack trace. Never returns.</summary>
        [RuntimeExport("goos_rethrow_exception")]
        private static void DispatchRethrow(RegisterContext* context)
        {
            for (ExceptionInfo* info = s_active; info != null; info = info->Previous)
            {
                if (info->State == FuncletState.InCatch) Dispatch(info->Exception, context, exactPc: false);
            }
            RuntimeServices.FailFast("rethrow outside a catch block");
        }

        /// <summary>Raises an exception for a hardware fault (null dereference, division by zero).
        /// context.Rip is the faulting instruction, or with atReturnAddress the return address of
        /// a call to a runtime stub that faulted (a write barrier). Called by the image's fault
        /// handler on the faulting stack; never returns.</summary>
        public static void RaiseHardwareException(Exception exception, RegisterContext* context, bool atReturnAddress)
        {
            exception.ResetStackTrace();
            Dispatch(exception, context, exactPc: !atReturnAddress);
        }

        /// <summary>Whether pc lies in code ILC compiled (an FDE with an LSDA covers it).</summary>
        public static bool IsManagedCode(ulong pc)
        {
            EnsureInitialized();
            return s_frames.TryFind(pc, out FrameDescription frame) && frame.Lsda != null;
        }

        /// <summary>Called by goos_call_catch_funclet after a catch funclet returned, just before the
        /// handling frame resumes at resumeRsp: every dispatch living below that stack pointer ends.</summary>
        [RuntimeExport("goos_exception_caught")]
        private static void Caught(ulong resumeRsp)
        {
            while (s_active != null && (ulong)s_active < resumeRsp) s_active = s_active->Previous;
        }

        /// <summary>The dispatch whose catch or finally funclet returns to returnAddress (a stub's
        /// return label), or null if returnAddress is no such label.</summary>
        internal static ExceptionInfo* FindFuncletOwner(ulong returnAddress)
        {
            FuncletState wanted = returnAddress == s_catchReturn ? FuncletState.InCatch
                : returnAddress == s_finallyReturn ? FuncletState.InFinally : FuncletState.None;
            if (wanted == FuncletState.None) return null;
            for (ExceptionInfo* info = s_active; info != null; info = info->Previous)
                if (info->State == wanted) return info;
            return null;
        }

        private static void Dispatch(object exception, RegisterContext* throwContext, bool exactPc)
        {
            EnsureInitialized();
            ExceptionInfo info = default;
            info.Exception = exception;
            info.Previous = s_active;
            s_active = &info;

            // Pass 1: find the handler, recording the stack trace on the way.
            StackFrameIterator frames = default;
            bool inManagedCode = frames.Init(*throwContext, exactPc);
            int catchIndex = -1;
            EHClause catchClause = default;
            while (inManagedCode)
            {
                if (exception is Exception managed) managed.AppendStackFrame(frames.ControlPc);
                catchIndex = FindHandler(ref frames, exception, &info, out catchClause);
                if (catchIndex >= 0) break;
                inManagedCode = frames.Next();
            }
            if (catchIndex < 0)
            {
                if (frames.Context.Rip == s_filterReturn) AbandonForThrowingFilter();
                s_active = info.Previous;
                RuntimeServices.Unhandled(exception);
            }
            StackFrameIterator handlingFrame = frames;

            // Pass 2: run the finally funclets between the throw and the handler.
            frames.Init(*throwContext, exactPc);
            while (true)
            {
                bool isHandlingFrame = frames.Context.Rsp == handlingFrame.Context.Rsp && frames.Context.Rip == handlingFrame.Context.Rip;
                RunFinallyFunclets(ref frames, &info, isHandlingFrame ? catchIndex : 0x7FFFFFFF);
                if (isHandlingFrame) break;
                if (!frames.Next()) RuntimeServices.FailFast("exception dispatch lost the handling frame");
            }

            info.State = FuncletState.InCatch;
            info.OwnerFrame = handlingFrame;
            info.ClauseIndex = catchIndex;
            CallCatchFunclet(exception, handlingFrame.Code.MethodStart + catchClause.HandlerOffset, &handlingFrame.Context);
        }

        // An exception escaped a filter funclet: the dispatch that ran the filter continues as if
        // the filter had returned false, and this dispatch (and any between) is dropped.
        private static void AbandonForThrowingFilter()
        {
            for (ExceptionInfo* info = s_active; info != null; info = info->Previous)
            {
                if (info->State != FuncletState.InFilter) continue;
                s_active = info;
                Resume(s_filterThrew, info->FilterResumeRsp);
            }
            RuntimeServices.FailFast("exception escaped an unknown filter");
        }

        /// <summary>The index of the first clause of this frame that catches exception (running filters
        /// as needed), or -1.</summary>
        private static int FindHandler(ref StackFrameIterator frame, object exception, ExceptionInfo* info, out EHClause found)
        {
            found = default;
            ClauseWalker clauses = new ClauseWalker(frame);
            while (clauses.Next(out EHClause clause, out int index))
            {
                if (clause.Kind == EHClauseKind.Typed)
                {
                    if (!TypeCast.IsInstanceOfException((MethodTable*)clause.CatchType, exception)) continue;
                }
                else if (clause.Kind == EHClauseKind.Filter)
                {
                    info->State = FuncletState.InFilter;
                    info->OwnerFrame = frame;
                    info->ClauseIndex = index;
                    StackFrameIterator filterFrame = frame;
                    bool accepted = CallFilterFunclet(exception, frame.Code.MethodStart + clause.FilterOffset, &filterFrame.Context, &info->FilterResumeRsp);
                    info->State = FuncletState.None;
                    if (!accepted) continue;
                }
                else continue;
                found = clause;
                return index;
            }
            return -1;
        }

        private static void RunFinallyFunclets(ref StackFrameIterator frame, ExceptionInfo* info, int clauseLimit)
        {
            ClauseWalker clauses = new ClauseWalker(frame);
            while (clauses.Next(out EHClause clause, out int index))
            {
                if (index >= clauseLimit) return;
                if (clause.Kind != EHClauseKind.Fault) continue;
                info->State = FuncletState.InFinally;
                info->OwnerFrame = frame;
                info->ClauseIndex = index;
                StackFrameIterator finallyFrame = frame;
                CallFinallyFunclet(frame.Code.MethodStart + clause.HandlerOffset, &finallyFrame.Context);
                info->State = FuncletState.None;
            }
        }

        /// <summary>The clauses of a frame whose try range contains its pc, innermost first, honouring
        /// the skip rule after a collided unwind.</summary>
        private struct ClauseWalker
        {
            private EHClauseReader _reader;
            private readonly uint _codeOffset;
            private readonly int _skipThrough;
            private int _index;
            private bool _skippingSiblings;
            private EHClause _lastSkipped;

            public ClauseWalker(in StackFrameIterator frame)
            {
                _reader = new EHClauseReader(frame.Code.EHInfo);
                _codeOffset = frame.CodeOffset;
                _skipThrough = frame.SkipThroughClause;
                _index = -1;
                _skippingSiblings = _skipThrough >= 0;
                _lastSkipped = default;
            }

            public bool Next(out EHClause clause, out int index)
            {
                while (_reader.Next(out clause))
                {
                    index = ++_index;
                    if (index <= _skipThrough) { _lastSkipped = clause; continue; }
                    if (_skippingSiblings && clause.SameTryAs(_lastSkipped)) continue;
                    _skippingSiblings = false;
                    if (clause.Contains(_codeOffset)) return true;
                }
                index = -1;
                return false;
            }
        }
    }
}
