namespace GoOS.Apps.Shell
{
    /// <summary>What a byte fed to a LineEditor did to the line.</summary>
    public enum LineStatus : byte
    {
        /// <summary>The line is still being edited (or the byte was part of a sequence, or ignored).</summary>
        Editing,

        /// <summary>Enter: the line is in LineEditor.CompletedLine and editing starts afresh.</summary>
        Completed,

        /// <summary>Ctrl-C: the line was dropped and editing starts afresh.</summary>
        Cancelled,

        /// <summary>Ctrl-D on an empty line: the user has no more input.</summary>
        EndOfInput,
    }
}
