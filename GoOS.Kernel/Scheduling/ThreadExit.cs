namespace GoOS.Kernel.Scheduling
{
    /// <summary>How a thread ended, as Scheduler.Join reports it.</summary>
    public readonly struct ThreadExit
    {
        public readonly long Code;
        private readonly FaultInfo _fault;
        private readonly bool _faulted;
        private readonly string _reason;

        internal ThreadExit(long code, bool faulted, FaultInfo fault, string reason)
        {
            Code = code;
            _faulted = faulted;
            _fault = fault;
            _reason = reason;
        }

        /// <summary>Whether the thread ended itself (Exit, or its body returned).</summary>
        public bool Normal => !_faulted && _reason == null;

        /// <summary>Why the kernel ended it (a fault, a kill, an unhandled exception), or null.</summary>
        public string Reason => _faulted ? Arch.X64.FaultDescription.ToText(_fault) : _reason;
    }
}
