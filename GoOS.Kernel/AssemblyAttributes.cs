using System.Runtime.CompilerServices;

// The boot-test suites check kernel internals (page allocator, live page tables) in the real kernel.
[assembly: InternalsVisibleTo("GoOS.BootSuites")]
