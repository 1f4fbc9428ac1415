using System;
using System.Runtime.CompilerServices;
using GoOS;
using GoOS.Abi;
using GoOS.TestPrograms.Shared;

namespace GoOS.TestPrograms.Probe
{
    /// <summary>Objects that move between programs without copying (ChanOfObject): a child
    /// sends arrays and a string and exits; they must stay intact, counted as this program's
    /// foreign (dirty) pages, until it drops them and collects. Exit 0, or the number of the
    /// check that failed.</summary>
    internal static unsafe class Transfer
    {
        /// <summary>"transfer-keep ARRAYS LENGTH": receives ARRAYS int arrays of LENGTH and a
        /// string from a child (transfer-give) that then ends.</summary>
        public static int Keep(int arrays, int length)
        {
            int failed = ReceiveAndCheck(arrays, length, out MemoryInfo kept);
            if (failed != 0) return failed;
            // What ReceiveAndCheck held is unreachable now that its frame is gone.
            GarbageCollector.Collect();
            MemoryInfo dropped = SystemMemory.Read();
            if (dropped.ForeignPages != 0) return 6;
            if (dropped.DirtyPages + (ulong)arrays * PagesPerArray(length) > kept.DirtyPages) return 7;   // freed, not just forgotten
            return 0;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ReceiveAndCheck(int arrays, int length, out MemoryInfo kept)
        {
            kept = default;
            var numbers = new ChanOfObject<int[]>(arrays);
            var texts = new ChanOfObject<string>(1);
            ChildProcess sender = Process.Start("probe", new[] { "transfer-give", arrays.ToString(), length.ToString() }, numbers, texts);
            MemoryInfo before = SystemMemory.Read();
            var received = new int[arrays][];
            for (int i = 0; i < arrays; i++) received[i] = numbers.Receive();
            string text = texts.Receive();
            if (!sender.Wait().Success) return 1;
            for (int i = 0; i < arrays; i++) if (received[i] == null || received[i].Length != length || Checksum(received[i]) != Expected(i, length)) return 2;
            if (text != "sent by transfer-give") return 3;
            kept = SystemMemory.Read();
            if (kept.ForeignPages < before.ForeignPages + (ulong)arrays * PagesPerArray(length)) return 4;
            if (kept.DirtyPages < (ulong)arrays * PagesPerArray(length)) return 5;   // the sender is gone: nobody holds them
            return 0;
        }

        private static ulong PagesPerArray(int length) => ((ulong)length * 4 + 4095) / 4096;

        /// <summary>"transfer-give ARRAYS LENGTH": the sending side of transfer-keep (channels 0 and 1).</summary>
        public static int Give(int arrays, int length)
        {
            ChanOfObject<int[]> numbers = ChanOfObject<int[]>.FromHandle(0);
            ChanOfObject<string> texts = ChanOfObject<string>.FromHandle(1);
            for (int i = 0; i < arrays; i++)
            {
                var values = new int[length];
                for (int j = 0; j < length; j++) values[j] = i * 7919 + j;
                numbers.Send(values);
            }
            texts.Send("sent by " + "transfer-give");
            return 0;
        }

        /// <summary>"transfer-graph COUNT": receives a list of COUNT letters from another program
        /// (chans letters-give) that then ends: intact, foreign pages until dropped, then freed.</summary>
        public static int Graph(int count)
        {
            int failed = ReceiveLetters(count, out MemoryInfo kept);
            if (failed != 0) return failed;
            GarbageCollector.Collect();
            MemoryInfo dropped = SystemMemory.Read();
            if (dropped.ForeignPages != 0) return 4;
            if (dropped.DirtyPages >= kept.DirtyPages) return 5;
            return 0;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ReceiveLetters(int count, out MemoryInfo kept)
        {
            kept = default;
            var letters = new ChanOfObject<Letter>(1);
            ChildProcess sender = Process.Start("chans", new[] { "letters-give", count.ToString() }, letters);
            Letter head = letters.Receive();
            if (!sender.Wait().Success) return 1;
            if (Letter.Checksum(head) != Letter.Checksum(Letter.List(count))) return 2;
            kept = SystemMemory.Read();
            if (kept.ForeignPages == 0 || kept.DirtyPages == 0) return 3;
            GC.KeepAlive(head);
            return 0;
        }

        /// <summary>"transfer-stress SENDERS COUNT": SENDERS children each send COUNT arrays of
        /// sizes from 1 to 3,000 ints (small objects sharing pages, large ones with spans) into
        /// one buffered channel, while two goroutines here receive them, check them, keep some,
        /// and make garbage so that collections run among the adoptions. Exit 0 when every array
        /// arrived intact and, once dropped and collected, no foreign page is left.</summary>
        public static int Stress(int senders, int count)
        {
            int failed = ReceiveFromMany(senders, count);
            if (failed != 0) return failed;
            GarbageCollector.Collect();
            return SystemMemory.Read().ForeignPages == 0 ? 0 : 5;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ReceiveFromMany(int senders, int count)
        {
            var arrays = new ChanOfObject<int[]>(16);
            var children = new ChildProcess[senders];
            for (int i = 0; i < senders; i++) children[i] = Process.Start("probe", new[] { "transfer-spray", i.ToString(), count.ToString() }, arrays);
            var results = new Chan<int>(2);
            for (int g = 0; g < 2; g++)
                Go.Run(() =>
                {
                    int bad = 0;
                    var kept = new int[64][];
                    for (int n = 0; n < senders * count / 2; n++)
                    {
                        int[] values = arrays.Receive();
                        if (values == null || values.Length == 0 || !Sprayed(values)) bad++;
                        kept[n % kept.Length] = values;
                        var garbage = new byte[(n % 7) * 10000 + 16];
                        garbage[0] = 1;
                    }
                    results.Send(bad);
                });
            int wrong = results.Receive() + results.Receive();
            for (int i = 0; i < senders; i++) if (!children[i].Wait().Success) return 1;
            if (wrong != 0) return 2;
            return GarbageCollector.Collections >= 3 ? 0 : 3;
        }

        /// <summary>"transfer-spray SEED COUNT": the sending side of transfer-stress (channel 0).</summary>
        public static int Spray(int seed, int count)
        {
            ChanOfObject<int[]> arrays = ChanOfObject<int[]>.FromHandle(0);
            uint random = (uint)seed * 2654435761 + 1;
            for (int i = 0; i < count; i++)
            {
                random = random * 1103515245 + 12345;
                var values = new int[1 + (int)(random >> 8) % 3000];
                values[0] = values.Length;
                for (int j = 1; j < values.Length; j++) values[j] = values.Length * 31 + j;
                arrays.Send(values);
            }
            return 0;
        }

        private static bool Sprayed(int[] values)
        {
            if (values[0] != values.Length) return false;
            for (int j = 1; j < values.Length; j++) if (values[j] != values.Length * 31 + j) return false;
            return true;
        }

        /// <summary>"transfer-blocked-send": sends a 400 KB array on an unbuffered channel that
        /// nobody receives from, and blocks there until the kernel ends it (a deadlock).</summary>
        public static int BlockedSend()
        {
            var numbers = new ChanOfObject<int[]>();
            numbers.Send(new int[100_000]);
            return 1;
        }

        /// <summary>"transfer-abandon": sends arrays and a graph into buffered channels nobody
        /// receives from, then ends: the kernel must release what is left in them.</summary>
        public static int Abandon()
        {
            var arrays = new ChanOfObject<int[]>(4);
            var letters = new ChanOfObject<Letter>(2);
            arrays.Send(new int[100_000]);
            arrays.Send(new int[10]);
            letters.Send(Letter.List(30));
            return arrays.Count == 2 && letters.Count == 1 ? 0 : 1;
        }

        /// <summary>"transfer-refusals": what cannot travel is refused and stays the sender's.
        /// Exit 0, or the number of the check that failed.</summary>
        public static int Refusals()
        {
            var nodes = new ChanOfObject<object[]>(1);
            var holder = new object[] { "a reference", new Action(() => { }) };   // a delegate: code addresses
            try
            {
                nodes.Send(holder);
                return 1;
            }
            catch (ArgumentException) { }

            var numbers = new ChanOfObject<int[]>(1);
            numbers.Close();
            var values = new int[] { 1, 2, 3 };
            try
            {
                numbers.Send(values);
                return 2;
            }
            catch (InvalidOperationException) { }
            GarbageCollector.Collect();
            if (values.Length != 3 || values[2] != 3) return 3;   // still this program's

            return 0;
        }

        /// <summary>"bench-transfer": BENCH transfer-1k and transfer-1m, the ticks of one send of
        /// a 1 KiB and a 1 MiB byte array to another program and its receipt there (half of a
        /// round trip through an echoing child, transfer-echo).</summary>
        public static int Benchmark()
        {
            Console.WriteLine("BENCH transfer-1k " + OneWayTicks(1024, 2000).ToString());
            Console.WriteLine("BENCH transfer-1m " + OneWayTicks(1 << 20, 2000).ToString());
            return 0;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ulong OneWayTicks(int bytes, int rounds)
        {
            var ping = new ChanOfObject<byte[]>();
            var pong = new ChanOfObject<byte[]>();
            ChildProcess echo = Process.Start("probe", new[] { "transfer-echo" }, ping, pong);
            byte[] block = new byte[bytes];
            for (int i = 0; i < bytes; i += 512) block[i] = (byte)i;
            ping.Send(block);
            block = pong.Receive();
            ulong start = CpuClock.Ticks;
            for (int i = 0; i < rounds; i++)
            {
                ping.Send(block);
                block = pong.Receive();
            }
            ulong ticks = (CpuClock.Ticks - start) / (2 * (ulong)rounds);
            ping.Close();
            echo.Wait();
            return block.Length == bytes ? ticks : 0;
        }

        /// <summary>"transfer-echo": sends back every array it receives on channel 0 over channel 1.</summary>
        public static int Echo()
        {
            ChanOfObject<byte[]> ping = ChanOfObject<byte[]>.FromHandle(0);
            ChanOfObject<byte[]> pong = ChanOfObject<byte[]>.FromHandle(1);
            while (true)
            {
                byte[] block = ping.Receive(out bool ok);
                if (!ok) return 0;
                pong.Send(block);
            }
        }

        private static long Checksum(int[] values)
        {
            long sum = 0;
            for (int j = 0; j < values.Length; j++) sum += values[j] * (long)(j % 13 + 1);
            return sum;
        }

        private static long Expected(int i, int length)
        {
            long sum = 0;
            for (int j = 0; j < length; j++) sum += (i * 7919 + j) * (long)(j % 13 + 1);
            return sum;
        }
    }
}
