namespace GoOS.Apps.Init
{
    /// <summary>What init starts when the kernel gives it no arguments: each entry is a program
    /// name followed by its arguments, separated by spaces. To start another program at boot,
    /// add its line here (or boot with "init=NAME ARGS;NAME ARGS" on the kernel command line).</summary>
    internal static class Configuration
    {
        public static readonly string[] Programs =
        {
            "serial",
            "keyboard",
            "console",
            "hello from init",
            "shell",
        };
    }
}
