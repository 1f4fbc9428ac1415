using GoOS.Abi;
using GoOS.Kernel.Devices;
using GoOS.Kernel.Processes;

namespace GoOS.BootSuites
{
    using Process = GoOS.Kernel.Processes.Process;

    /// <summary>Ports and IRQs for drivers: the "devices" program (GoOS.Tests/Boot/Programs/Devices)
    /// is granted the PS/2 controller here; the probe is granted nothing.</summary>
    internal static class DeviceSuite
    {
        private static ProcessExitInfo Run(string program, string arguments)
        {
            Process process = KernelProcesses.Start(program, arguments, out Status status);
            Check.True(process != null, "started " + program + " " + arguments + " (status " + Check.Decimal((long)status) + ")");
            return KernelProcesses.Wait(process);
        }

        public static int Run()
        {
            var suite = new BootTestSuite("devices", 4);
            var grant = new DeviceGrant("devices");
            grant.AddPorts(0x60, 0x60);
            grant.AddPorts(0x64, 0x64);
            grant.AddIrq(1);
            DeviceGrants.Register(grant);

            suite.Test("a-driver-uses-the-ports-it-was-granted", () => Check.Equal(0, Run("devices", "ports").Code, "read the PS/2 status port"));

            suite.Test("an-irq-arrives-as-a-message-on-the-driver-s-channel", () =>
            {
                Check.Equal(0, Run("devices", "keyboard-echo").Code, "IRQ 1 came, the echo read (1-4: the step that failed)");
                Check.Equal(0, Run("devices", "keyboard-echo").Code, "the line was given back when the driver ended, and claimed again");
            });

            suite.Test("irq-lines-are-claimed-once-and-only-if-granted", () => Check.Equal(0, Run("devices", "claims").Code, "Busy, then NotGranted"));

            suite.Test("a-program-without-a-grant-that-touches-a-port-is-ended", () =>
            {
                ProcessExitInfo exit = Run("probe", "port");
                Check.Equal((long)ExitReason.Faulted, (long)exit.Reason, "ended as faulted (the log names the port)");
                Check.Equal(0, Run("probe", "exit 0").Code, "the next program runs");
            });

            return suite.Finish();
        }
    }
}
