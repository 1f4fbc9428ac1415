using GoOS.Abi;

namespace GoOS.Runtime
{
    /// <summary>The state of one walk over a graph being sent (ObjectGraph.Collect): objects
    /// reached (an open-addressed set of addresses), objects still to visit, and the manifest
    /// being written (ObjectMessage.ManifestWords words per object).</summary>
    internal sealed class GraphWalk
    {
        private ulong[] _seen = new ulong[64];   // 0 = empty
        private int _seenCount;
        private ulong[] _pending = new ulong[16];

        /// <summary>Objects still to visit.</summary>
        public int Pending { get; private set; }

        /// <summary>Objects in the manifest.</summary>
        public int Count { get; private set; }

        /// <summary>The manifest so far (longer than Count entries).</summary>
        public ulong[] Manifest { get; private set; } = new ulong[16 * ObjectMessage.ManifestWords];

        /// <summary>Scratch room for the reference slots of one object.</summary>
        public ulong[] Slots = new ulong[16];

        /// <summary>Queues obj unless it was reached before.</summary>
        public void Reach(ulong obj)
        {
            if (!AddSeen(obj)) return;
            if (Pending == _pending.Length) _pending = Grow(_pending);
            _pending[Pending++] = obj;
        }

        public ulong Pop() => _pending[--Pending];

        /// <summary>Writes obj's manifest entry.</summary>
        public void Add(ulong obj, ulong bytes, ulong shape)
        {
            if ((Count + 1) * ObjectMessage.ManifestWords > Manifest.Length) Manifest = Grow(Manifest);
            int at = Count++ * ObjectMessage.ManifestWords;
            Manifest[at] = obj;
            Manifest[at + 1] = bytes;
            Manifest[at + 2] = shape;
        }

        // Adds obj to the set; false if it was there.
        private bool AddSeen(ulong obj)
        {
            if (2 * (_seenCount + 1) > _seen.Length)
            {
                ulong[] old = _seen;
                _seen = new ulong[old.Length * 2];
                _seenCount = 0;
                foreach (ulong value in old) if (value != 0) AddSeen(value);
            }
            int mask = _seen.Length - 1;
            for (int i = (int)((obj >> 3) * 0x9E3779B97F4A7C15 >> 40) & mask; ; i = (i + 1) & mask)
            {
                if (_seen[i] == obj) return false;
                if (_seen[i] != 0) continue;
                _seen[i] = obj;
                _seenCount++;
                return true;
            }
        }

        private static ulong[] Grow(ulong[] values)
        {
            var larger = new ulong[values.Length * 2];
            for (int i = 0; i < values.Length; i++) larger[i] = values[i];
            return larger;
        }
    }
}
