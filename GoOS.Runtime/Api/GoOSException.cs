using System;
using GoOS.Abi;

namespace GoOS
{
    /// <summary>A system call failed: Status says why.</summary>
    public sealed class GoOSException : Exception
    {
        public GoOSException(Status status, string operation)
            : base(operation + " failed: " + StatusText.Describe(status))
        {
            Status = status;
        }

        public Status Status { get; }
    }
}
