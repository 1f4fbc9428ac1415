namespace GoOS.TestPrograms.Minimal
{
    /// <summary>Does nothing: the program the spawn-exit benchmark starts.</summary>
    public static class Program
    {
        public static int Main(string[] args) => 0;
    }
}
