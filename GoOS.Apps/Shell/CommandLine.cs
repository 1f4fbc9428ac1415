using System.Collections.Generic;
using System.Text;

namespace GoOS.Apps.Shell
{
    /// <summary>A command line split into words. Words are separated by blanks (space, tab);
    /// double quotes group blanks into a word ("a b" is one word, "" an empty word, and quoted
    /// and unquoted text next to each other join: x"y z" is the word 'xy z'); inside quotes \"
    /// stands for " and \\ for \, and a backslash before anything else is kept; outside quotes a
    /// backslash is an ordinary character. An unquoted '&amp;' at the end (alone or attached to
    /// the last word) asks to run the command in the background; anywhere else it is an error.
    /// Parsing allocates only the result.</summary>
    public sealed class CommandLine
    {
        private static readonly string[] s_noWords = new string[0];

        private CommandLine(CommandLineStatus status, string[] words, bool background)
        {
            Status = status;
            Words = words;
            Background = background;
        }

        public CommandLineStatus Status { get; }

        /// <summary>The words, program first; empty unless Status is Ok.</summary>
        public string[] Words { get; }

        /// <summary>True when the line ended with '&amp;'.</summary>
        public bool Background { get; }

        /// <summary>True for a blank line.</summary>
        public bool IsEmpty => Status == CommandLineStatus.Empty;

        /// <summary>The program to run (the first word), or null unless Status is Ok.</summary>
        public string Command => Words.Length > 0 ? Words[0] : null;

        /// <summary>The words after the program.</summary>
        public string[] Arguments
        {
            get
            {
                if (Words.Length <= 1) return s_noWords;
                var arguments = new string[Words.Length - 1];
                for (int i = 1; i < Words.Length; i++) arguments[i - 1] = Words[i];
                return arguments;
            }
        }

        /// <summary>Splits 'line' (null counts as blank). Never fails: problems are in Status.</summary>
        public static CommandLine Parse(string line)
        {
            if (line == null) line = "";
            var words = new List<string>();
            var word = new StringBuilder();
            bool inWord = false;         // a word has started (maybe with "", which makes an empty word)
            bool background = false;     // an unquoted '&' was seen; only blanks may follow
            int i = 0;
            while (i < line.Length)
            {
                char c = line[i];
                if (c == ' ' || c == '\t')
                {
                    EndWord(words, word, ref inWord);
                    i++;
                }
                else if (background) return Failed(CommandLineStatus.MisplacedAmpersand);
                else if (c == '&')
                {
                    EndWord(words, word, ref inWord);
                    background = true;
                    i++;
                }
                else if (c == '"')
                {
                    inWord = true;
                    i = ReadQuoted(line, i + 1, word);
                    if (i < 0) return Failed(CommandLineStatus.UnterminatedQuote);
                }
                else
                {
                    inWord = true;
                    word.Append(c);
                    i++;
                }
            }
            EndWord(words, word, ref inWord);
            if (words.Count == 0)
                return background ? Failed(CommandLineStatus.MissingCommand) : Failed(CommandLineStatus.Empty);
            return new CommandLine(CommandLineStatus.Ok, words.ToArray(), background);
        }

        // Appends the quoted text starting at 'start' (just after the opening quote) to 'word';
        // returns the index after the closing quote, or -1 if there is none.
        private static int ReadQuoted(string line, int start, StringBuilder word)
        {
            int i = start;
            while (i < line.Length)
            {
                char c = line[i];
                if (c == '"') return i + 1;
                if (c == '\\' && i + 1 < line.Length && (line[i + 1] == '"' || line[i + 1] == '\\'))
                {
                    word.Append(line[i + 1]);
                    i += 2;
                    continue;
                }
                word.Append(c);
                i++;
            }
            return -1;
        }

        private static void EndWord(List<string> words, StringBuilder word, ref bool inWord)
        {
            if (!inWord) return;
            words.Add(word.ToString());
            word.Clear();
            inWord = false;
        }

        private static CommandLine Failed(CommandLineStatus status) => new CommandLine(status, s_noWords, false);
    }
}
