namespace Internal.Runtime.GarbageCollection
{
    public unsafe partial struct GcHeap<TPlatform>
    {
        /// <summary>Hands obj (the address of its type pointer) over to another program: the
        /// runtime is about to send it over a channel. Returns the bytes of its allocation from
        /// the header word (what the kernel moves), or 0 when obj is not an object this heap owns
        /// (or no memory is left for the bookkeeping). From now on the heap neither frees nor
        /// scans obj, and never reuses its memory; Adopt takes it back (a send that failed, or the
        /// object coming home). Caller holds the allocation lock.</summary>
        public ulong GiveAway(ulong obj)
        {
            GcBlock* block = _blocks.Find(obj);
            if (block != null)
            {
                if (block->ObjectAt(obj) != obj) return 0;
                ulong bytes = GcMemory.RoundUp(_platform.ObjectSize((byte*)obj), 8);
                if (!_given.Insert(ref _platform, obj, bytes)) return 0;
                block->GiveAway(obj);
                return bytes;
            }
            int index = _foreign.IndexOf(obj);
            if (index < 0) return 0;
            ulong foreignBytes = _foreign.BytesAt(index);
            _foreign.RemoveAt(index);
            return foreignBytes;
        }

        /// <summary>Makes obj, whose allocation from the header word is bytes, this heap's: the
        /// program received it over a channel (or a send of it failed). An object this heap gave
        /// away becomes one of its own again; any other is kept in the table of received objects,
        /// marked like its own and reported to the platform (ReleaseForeign) when it dies. False
        /// when obj lies in one of this heap's blocks without having been given away (the sender
        /// lied), or no memory is left for the table. Caller holds the allocation lock.</summary>
        public bool Adopt(ulong obj, ulong bytes)
        {
            GcBlock* block = _blocks.Find(obj - 8);
            if (block == null) return _foreign.Insert(ref _platform, obj, bytes);
            int given = _given.IndexOf(obj);
            if (given < 0) return false;
            _given.RemoveAt(given);
            block->TakeBack(obj);
            return true;
        }

        /// <summary>Whether address lies in one of the heap's blocks (its own objects and those
        /// it gave away) or in an object it received. False for frozen objects in the program
        /// image, and for objects received and sent on.</summary>
        public bool Holds(ulong address) => _blocks.Find(address) != null || _foreign.IndexContaining(address) >= 0;

        /// <summary>Whether obj is an object this heap owns: one of its own allocated objects, or
        /// one it received.</summary>
        public bool Owns(ulong obj)
        {
            GcBlock* block = _blocks.Find(obj);
            return block != null ? block->ObjectAt(obj) == obj : _foreign.IndexOf(obj) >= 0;
        }

        /// <summary>Received objects and objects given away, for statistics and tests.</summary>
        public int ForeignObjects => _foreign.Count;
        public int GivenObjects => _given.Count;

        // The sweep of the received objects: the dead ones go back to the kernel.
        private struct ForeignRelease : IGcRangeAction
        {
            public TPlatform Platform;

            public void Apply(ulong obj, ulong bytes) => Platform.ReleaseForeign(obj, bytes);
        }
    }
}
