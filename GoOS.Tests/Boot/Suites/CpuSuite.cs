using System.Runtime.CompilerServices;
using GoOS.Kernel.Arch.X64;

namespace GoOS.BootSuites
{
    /// <summary>The CPU tables, interrupts that return, the timer and the clock: GDT and TSS as
    /// syscall/sysret and the IST need them, the timer's rate against the TSC, SSE state kept
    /// across interrupts, and kernel sleeps. About 0.3 s of guest time.</summary>
    internal static unsafe class CpuSuite
    {
        private const byte TestVector = 0x40;
        private const ulong Millisecond = 1_000_000;

        // Written by the handlers below with interrupts off.
        private static ulong s_testVectorCalls;
        private static ulong s_testVectorSeen;
        private static double s_clobberSink;
        private static ulong s_spinSink;

        public static int Run()
        {
            var suite = new BootTestSuite("cpu", 11);

            suite.Test("task-register-holds-tss", () =>
                Check.Equal(Gdt.TaskStateSelector, Cpu.StoreTaskRegister(), "str"));

            suite.Test("gdt-has-user-selectors-for-sysret", () =>
            {
                byte* pointer = stackalloc byte[10];
                Cpu.StoreGdt(pointer);
                ulong* gdt = *(ulong**)(pointer + 2);
                Check.Equal(7 * 8 - 1, *(ushort*)pointer, "GDT limit (5 segments and a 16-byte TSS)");
                CheckSegment(gdt[Gdt.UserDataSelector >> 3], code: false, dpl: 3, "user data");
                CheckSegment(gdt[Gdt.UserCodeSelector >> 3], code: true, dpl: 3, "user code");
                CheckSegment(gdt[Gdt.KernelCodeSelector >> 3], code: true, dpl: 0, "kernel code");
                CheckSegment(gdt[Gdt.KernelDataSelector >> 3], code: false, dpl: 0, "kernel data");
                Check.Equal(0x8B, (long)((gdt[Gdt.TaskStateSelector >> 3] >> 40) & 0xFF), "TSS descriptor: present, busy 64-bit TSS");
                ulong kernelBase = (Gdt.SyscallStar >> 32) & 0xFFFF, userBase = (Gdt.SyscallStar >> 48) & 0xFFFC;
                Check.Equal(Gdt.KernelCodeSelector, (long)kernelBase, "syscall CS = STAR[47:32]");
                Check.Equal(Gdt.KernelDataSelector, (long)kernelBase + 8, "syscall SS = STAR[47:32] + 8");
                Check.Equal(Gdt.UserDataSelector, (long)(userBase + 8) | 3, "sysret SS = STAR[63:48] + 8");
                Check.Equal(Gdt.UserCodeSelector, (long)(userBase + 16) | 3, "sysret CS = STAR[63:48] + 16");
            });

            suite.Test("double-fault-nmi-machine-check-use-their-own-stacks", () =>
            {
                Check.Equal(TaskStateSegment.DoubleFaultIst, InterruptTable.GateInterruptStack(8), "double fault gate IST");
                Check.Equal(TaskStateSegment.NonMaskableInterruptIst, InterruptTable.GateInterruptStack(2), "NMI gate IST");
                Check.Equal(TaskStateSegment.MachineCheckIst, InterruptTable.GateInterruptStack(18), "machine check gate IST");
                Check.Equal(0, InterruptTable.GateInterruptStack(14), "page fault gate IST");
                ulong doubleFault = TaskStateSegment.InterruptStackTop(TaskStateSegment.DoubleFaultIst);
                ulong nmi = TaskStateSegment.InterruptStackTop(TaskStateSegment.NonMaskableInterruptIst);
                ulong machineCheck = TaskStateSegment.InterruptStackTop(TaskStateSegment.MachineCheckIst);
                Check.True(doubleFault != 0 && nmi != 0 && machineCheck != 0, "IST stacks set");
                Check.True(doubleFault != nmi && nmi != machineCheck && doubleFault != machineCheck, "IST stacks distinct");
                Check.Equal(0, (long)((doubleFault | nmi | machineCheck) & 15), "IST stack tops 16-byte aligned");
            });

            suite.Test("registered-vector-runs-and-returns", () =>
            {
                Check.True(!InterruptVectors.Register(14, &OnTestVector), "an exception vector cannot be registered");
                Check.True(!InterruptVectors.Register(InterruptVectors.SpuriousVector, &OnTestVector), "a taken vector cannot be registered");
                Check.True(InterruptVectors.Register(TestVector, &OnTestVector), "register a free vector");
                if (!LocalApic.IsEnabled)
                {
                    Check.True(InterruptVectors.Unregister(TestVector), "unregister");
                    return;   // no self-interrupt without a LAPIC (QEMU -cpu max,apic=off)
                }
                s_testVectorCalls = 0;
                LocalApic.SendSelfInterrupt(TestVector);
                Check.Equal(0, (long)s_testVectorCalls, "held while interrupts are off");
                Cpu.EnableInterrupts();
                Cpu.DisableInterrupts();
                Check.True(InterruptVectors.Unregister(TestVector), "unregister");
                Check.Equal(1, (long)s_testVectorCalls, "handler calls");
                Check.Equal(TestVector, (long)s_testVectorSeen, "frame vector");
                Check.True(!Cpu.InterruptsEnabled(), "interrupts off again");
            });

            suite.Test("timer-ticks-at-the-configured-rate", () =>
            {
                Check.True(Clock.TscHz > 100_000_000, "TSC rate measured (" + Check.Decimal((long)Clock.TscHz) + " Hz)");
                Check.Equal(SystemTimer.DefaultHz, SystemTimer.Hz, "default rate");
                Kernel.Kernel.Write("CPU-INFO TSC " + Check.Decimal((long)Clock.TscHz) + " Hz, LAPIC timer "
                    + Check.Decimal((long)TimeCalibration.LocalApicTimerHz) + " Hz (bus / 16), tick " + Check.Decimal(SystemTimer.Hz)
                    + " Hz" + (SystemTimer.UsesLocalApic ? "" : " (PIT)") + "\n");
                CheckTickRate(50);
            });

            suite.Test("timer-rate-can-change", () =>
            {
                SystemTimer.Start(250);
                try { CheckTickRate(40); }
                finally { SystemTimer.Start(SystemTimer.DefaultHz); }
            });

            suite.Test("clock-advances-with-the-tsc", () =>
            {
                ulong start = Clock.NowNanoseconds;
                ulong tscStart = Cpu.ReadTimeStampCounter();
                while (Cpu.ReadTimeStampCounter() - tscStart < Clock.TscHz / 100) { }
                ulong tscElapsed = Cpu.ReadTimeStampCounter() - tscStart;
                ulong elapsed = Clock.NowNanoseconds - start;
                ulong expected = tscElapsed * 1000 / (Clock.TscHz / 1_000_000);
                Check.True(elapsed >= 10 * Millisecond, "at least 10 ms passed (" + Check.Decimal((long)elapsed) + " ns)");
                Check.True(elapsed > expected - 50_000 && elapsed < expected + 50_000 + Millisecond / 10,
                    "clock " + Check.Decimal((long)elapsed) + " ns vs TSC " + Check.Decimal((long)expected) + " ns");
            });

            suite.Test("clock-agrees-with-the-timer", () =>
            {
                Cpu.EnableInterrupts();
                ulong firstTick = SystemTimer.Ticks;
                while (SystemTimer.Ticks == firstTick) Cpu.WaitForInterrupt();
                ulong start = Clock.NowNanoseconds, startTick = SystemTimer.Ticks;
                while (SystemTimer.Ticks - startTick < 50) Cpu.WaitForInterrupt();
                ulong elapsed = Clock.NowNanoseconds - start;
                Check.True(elapsed > 40 * Millisecond && elapsed < 60 * Millisecond, "50 ticks at 1 kHz took " + Check.Decimal((long)elapsed) + " ns");
            });

            suite.Test("sse-state-survives-interrupts", () =>
            {
                delegate*<InterruptFrame*, void> scheduler = SystemTimer.TickHandler;
                SystemTimer.SetTickHandler(&ClobberSse);
                Cpu.EnableInterrupts();
                ulong startTick = SystemTimer.Ticks;
                double withInterrupts = 1;
                int batches = 0;
                while (SystemTimer.Ticks - startTick < 10)
                {
                    withInterrupts = Steps(withInterrupts);
                    batches++;
                }
                Cpu.DisableInterrupts();
                SystemTimer.SetTickHandler(scheduler);
                double withoutInterrupts = 1;
                for (int i = 0; i < batches; i++) withoutInterrupts = Steps(withoutInterrupts);
                Check.True(withInterrupts == withoutInterrupts, "same result after " + Check.Decimal(batches) + " batches with ticks clobbering xmm registers");
            });

            suite.Test("timer-interrupt-cost", () =>
            {
                // The same batches twice: until 20 ticks arrived, then as many with interrupts off.
                Cpu.EnableInterrupts();
                ulong start = Cpu.ReadTimeStampCounter();
                int batches = RunBatches(int.MaxValue, SystemTimer.Ticks, 20);
                ulong ticked = Cpu.ReadTimeStampCounter() - start;
                Cpu.DisableInterrupts();
                start = Cpu.ReadTimeStampCounter();
                RunBatches(batches, SystemTimer.Ticks, 20);
                ulong quiet = Cpu.ReadTimeStampCounter() - start;
                long cost = ((long)ticked - (long)quiet) / 20;
                Kernel.Kernel.Write("CPU-INFO timer interrupt " + Check.Decimal(cost) + " TSC ticks each\n");
                Check.True(cost < (long)(Clock.TscHz / SystemTimer.Hz / 20), "a tick costs under 5% of its period");
            });

            suite.Test("kernel-sleep-takes-as-long-as-asked", () =>
            {
                ulong start = Clock.NowNanoseconds;
                Clock.Sleep(20 * Millisecond);
                ulong elapsed = Clock.NowNanoseconds - start;
                Check.True(elapsed >= 20 * Millisecond && elapsed <= 25 * Millisecond, "20 ms sleep took " + Check.Decimal((long)elapsed) + " ns");
                Check.True(!Cpu.InterruptsEnabled(), "interrupts off again");
            });

            return suite.Finish();
        }

        private static void CheckSegment(ulong descriptor, bool code, int dpl, string what)
        {
            Check.True((descriptor & (1UL << 47)) != 0, what + ": present");
            Check.Equal(dpl, (long)((descriptor >> 45) & 3), what + ": DPL");
            Check.Equal(code ? 1 : 0, (long)((descriptor >> 43) & 1), what + ": code bit");
            if (code) Check.Equal(1, (long)((descriptor >> 53) & 1), what + ": 64-bit (L)");
        }

        // Halts with interrupts on for milliseconds of TSC time and checks the ticks counted
        // against the configured rate, within 20%.
        private static void CheckTickRate(ulong milliseconds)
        {
            ulong end = Cpu.ReadTimeStampCounter() + Clock.TscHz / 1000 * milliseconds;
            ulong startTick = SystemTimer.Ticks;
            while (Cpu.ReadTimeStampCounter() < end) Cpu.WaitForInterrupt();
            long ticks = (long)(SystemTimer.Ticks - startTick);
            long expected = (long)(SystemTimer.Hz * milliseconds / 1000);
            Check.True(ticks * 5 >= expected * 4 && ticks * 5 <= expected * 6,
                Check.Decimal(ticks) + " ticks in " + Check.Decimal((long)milliseconds) + " ms at " + Check.Decimal(SystemTimer.Hz) + " Hz");
        }

        // Runs batches of a fixed loop until ticks timer ticks passed or limit batches ran; the
        // same instructions either way (under -icount each costs the same TSC ticks).
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int RunBatches(int limit, ulong startTick, ulong ticks)
        {
            int batches = 0;
            while (Batch() - startTick < ticks && batches < limit) batches++;
            return batches;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ulong Batch()
        {
            for (int i = 0; i < 1000; i++) s_spinSink += (ulong)i ^ s_spinSink >> 3;
            return SystemTimer.Ticks;
        }

        // A batch of double math without calls, so that its values stay in xmm registers where
        // the timer interrupts it (QEMU delivers interrupts between translated blocks: at branches).
        private static double Steps(double value)
        {
            double other = 0.25;
            for (int i = 1; i <= 1000; i++)
            {
                value = value * 1.0000001 + 0.5 / i - other * 1e-7;
                other = other * 0.999 + value * 1e-3;
            }
            return value + other;
        }

        private static void OnTestVector(InterruptFrame* frame)
        {
            s_testVectorCalls++;
            s_testVectorSeen = frame->Vector;
            LocalApic.EndOfInterrupt();
        }

        // Tick handler: double math over many registers, so that lost SSE state would show.
        private static void ClobberSse(InterruptFrame* frame)
        {
            double a = frame->Rip, b = a * 3, c = b + 7, d = c * c, e = d / 3, f = e - a, g = f * b, h = g + d;
            s_clobberSink = a * b + c * d + e * f + g * h;
        }
    }
}
