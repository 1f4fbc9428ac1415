using System.Runtime.CompilerServices;

// The boot-test image checks the kernel's CPU tables, timer and clock from the inside.
[assembly: InternalsVisibleTo("GoOS.BootSuites")]
