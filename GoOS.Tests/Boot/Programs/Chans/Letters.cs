using GoOS.TestPrograms.Shared;

namespace GoOS.TestPrograms.Chans
{
    /// <summary>"letters-give COUNT": sends a list of COUNT letters (a graph of objects of a
    /// class probe has too) as one object over channel 0, then ends. For probe's transfer-graph.</summary>
    internal static class Letters
    {
        public static int Give(int count)
        {
            ChanOfObject<Letter> letters = ChanOfObject<Letter>.FromHandle(0);
            letters.Send(Letter.List(count));
            return 0;
        }
    }
}
