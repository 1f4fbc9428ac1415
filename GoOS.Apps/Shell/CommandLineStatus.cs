namespace GoOS.Apps.Shell
{
    /// <summary>The result of splitting a command line.</summary>
    public enum CommandLineStatus : byte
    {
        /// <summary>At least one word: CommandLine.Words[0] is the program.</summary>
        Ok,

        /// <summary>Nothing but blanks: nothing to run, and no error to report.</summary>
        Empty,

        /// <summary>A double quote was opened and never closed.</summary>
        UnterminatedQuote,

        /// <summary>An unquoted '&amp;' somewhere other than at the end.</summary>
        MisplacedAmpersand,

        /// <summary>A trailing '&amp;' with no command before it.</summary>
        MissingCommand,
    }
}
