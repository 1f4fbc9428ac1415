using System;
using System.Collections.Generic;
using GoOS;
using GoOS.Abi;

namespace GoOS.Apps.Shell
{
    /// <summary>The shell's commands. Each writes its answer to the console (Console.Write:
    /// COM1 and the screen) and never throws: a failure is a line saying what went wrong.</summary>
    internal sealed class Commands
    {
        /// <summary>Ctrl-C: typed while a program runs in the foreground, it ends the program.</summary>
        public const byte Interrupt = 0x03;

        // Programs started with "run ... &", numbered from 1 as "kill" names them.
        private readonly List<ChildProcess> _jobs = new List<ChildProcess>();
        // What is typed, read while a program runs in the foreground (a null one is never ready).
        private readonly Chan<byte> _serial, _keyboard;

        public Commands(Chan<byte> serial, Chan<byte> keyboard)
        {
            _serial = serial;
            _keyboard = keyboard;
        }

        /// <summary>Runs one input line.</summary>
        public void Run(string line)
        {
            CommandLine command = CommandLine.Parse(line);
            if (command.IsEmpty) return;
            if (command.Status != CommandLineStatus.Ok)
            {
                Console.WriteLine("shell: " + Describe(command.Status));
                return;
            }
            try
            {
                Dispatch(command);
            }
            catch (GoOSException e)
            {
                Console.WriteLine(command.Command + ": " + e.Message);
            }
        }

        private void Dispatch(CommandLine command)
        {
            string[] arguments = command.Arguments;
            switch (command.Command)
            {
                case "help": Help(); break;
                case "echo": Console.WriteLine(string.Join(" ", arguments)); break;
                case "ps": ListProcesses(); break;
                case "kill": Kill(arguments); break;
                case "run": Start(arguments, command.Background); break;
                case "chans": ListNames(); break;
                case "mem": Memory(); break;
                case "uptime": Uptime(); break;
                case "clear": Console.Write("\u001b[2J\u001b[H"); break;
                case "halt": Machine.Halt(); break;
                case "reboot": Machine.Restart(); break;
                default: Console.WriteLine(command.Command + ": no such command (try help)"); break;
            }
        }

        private static void Help()
        {
            Console.WriteLine("help                 this list");
            Console.WriteLine("echo WORDS           prints WORDS");
            Console.WriteLine("ps                   the processes: id, parent, state, threads, pages, name");
            Console.WriteLine("run NAME [ARGS] [&]  starts program NAME and waits for it (Ctrl-C ends it; & : in the background)");
            Console.WriteLine("kill N               ends background job N");
            Console.WriteLine("chans                the names in the channel registry");
            Console.WriteLine("mem                  free pages; heap pages in use, shared, dirty; per program");
            Console.WriteLine("uptime               time since boot");
            Console.WriteLine("clear                clears the screen");
            Console.WriteLine("halt, reboot         stops or restarts the machine");
        }

        private static void ListProcesses()
        {
            Console.WriteLine("   ID PARENT STATE    THREADS  PAGES NAME");
            foreach (ProcessStatus process in Process.List())
            {
                Console.WriteLine(process.Id.ToString().PadLeft(5) + " " + process.ParentId.ToString().PadLeft(6) + " " + StateName(process.State)
                    + " " + process.Threads.ToString().PadLeft(7) + " " + process.Pages.ToString().PadLeft(6) + " " + process.Name);
            }
        }

        private void Start(string[] arguments, bool background)
        {
            if (arguments.Length == 0)
            {
                Console.WriteLine("run: which program?");
                return;
            }
            var programArguments = new string[arguments.Length - 1];
            for (int i = 1; i < arguments.Length; i++) programArguments[i - 1] = arguments[i];
            ChildProcess child = Process.Start(arguments[0], programArguments);
            if (background)
            {
                _jobs.Add(child);
                Console.WriteLine("[" + _jobs.Count.ToString() + "] " + child.Name);
                return;
            }
            ExitStatus status = WaitOrInterrupt(child);
            if (!status.Success) Console.WriteLine(child.Name + ": " + status.ToString());
        }

        // Waits for the foreground program; Ctrl-C on either input ends it. Other keys typed
        // meanwhile are dropped (the program does not read the shell's input).
        private ExitStatus WaitOrInterrupt(ChildProcess child)
        {
            var ended = new Chan<int>(1);
            ExitStatus status = default;
            Go.Run(() =>
            {
                status = child.Wait();
                ended.Send(0);
            });
            var select = new Select();
            int done = select.Receive(ended);
            select.Receive(_serial);
            select.Receive(_keyboard);
            while (true)
            {
                int chosen = select.Wait();
                if (chosen == done) return status;
                if (!select.Ok(chosen) || select.Value<byte>(chosen) != Interrupt) continue;
                Console.WriteLine("^C");
                try
                {
                    child.Kill();
                }
                catch (GoOSException)
                {
                    // It ended on its own meanwhile: the wait says how.
                }
            }
        }

        private void Kill(string[] arguments)
        {
            if (arguments.Length != 1 || !int.TryParse(arguments[0], out int job) || job < 1 || job > _jobs.Count || _jobs[job - 1] == null)
            {
                Console.WriteLine("kill: give the number of a background job (run NAME &)");
                return;
            }
            ChildProcess child = _jobs[job - 1];
            _jobs[job - 1] = null;
            child.Kill();
            Console.WriteLine("[" + job.ToString() + "] " + child.Name + ": " + child.Wait().ToString());
        }

        private static void ListNames()
        {
            string[] names = Registry.List();
            if (names.Length == 0) Console.WriteLine("(no names published)");
            foreach (string name in names) Console.WriteLine(name);
        }

        private static void Memory()
        {
            MemoryInfo memory = SystemMemory.Read();
            Console.WriteLine("pages (4 KiB): " + memory.FreePages.ToString() + " free of " + memory.TotalPages.ToString()
                + "; heap pages in use " + memory.HeapPagesInUse.ToString() + ", shared " + memory.SharedPages.ToString()
                + ", dirty " + memory.DirtyPages.ToString());
            Console.WriteLine("   ID  PAGES   HEAP FOREIGN  DIRTY SHARED NAME");
            foreach (ProcessStatus process in Process.List())
            {
                Console.WriteLine(process.Id.ToString().PadLeft(5) + " " + process.Pages.ToString().PadLeft(6) + " " + process.HeldPages.ToString().PadLeft(6)
                    + " " + process.ForeignPages.ToString().PadLeft(7) + " " + process.DirtyHeldPages.ToString().PadLeft(6)
                    + " " + process.SharedPages.ToString().PadLeft(6) + " " + process.Name);
            }
        }

        private static void Uptime()
        {
            long milliseconds = Time.NowNanoseconds / 1_000_000;
            Console.WriteLine("up " + (milliseconds / 1000).ToString() + "." + (milliseconds % 1000).ToString().PadLeft(3, '0') + " s");
        }

        private static string StateName(ProcessRunState state) =>
            state == ProcessRunState.Running ? "running " : state == ProcessRunState.Ending ? "ending  " : "ended   ";

        private static string Describe(CommandLineStatus status) =>
            status == CommandLineStatus.UnterminatedQuote ? "a quote is not closed"
            : status == CommandLineStatus.MisplacedAmpersand ? "& only at the end (run in the background)"
            : "no command";
    }
}
