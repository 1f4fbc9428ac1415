using GoOS.Abi;

namespace GoOS
{
    /// <summary>How a program ended: its exit code and why.</summary>
    public readonly struct ExitStatus
    {
        public ExitStatus(long code, ExitReason reason)
        {
            Code = code;
            Reason = reason;
        }

        public long Code { get; }
        public ExitReason Reason { get; }

        /// <summary>It ended by itself with exit code 0.</summary>
        public bool Success => Reason == ExitReason.Normal && Code == 0;

        public override string ToString() => Reason == ExitReason.Normal ? "exit " + Code.ToString() : ReasonText(Reason);

        private static string ReasonText(ExitReason reason) => reason switch
        {
            ExitReason.UnhandledException => "unhandled exception",
            ExitReason.RuntimeFailure => "runtime failure",
            ExitReason.Faulted => "fault",
            ExitReason.Killed => "killed",
            ExitReason.Deadlock => "deadlock",
            _ => "ended",
        };
    }
}
