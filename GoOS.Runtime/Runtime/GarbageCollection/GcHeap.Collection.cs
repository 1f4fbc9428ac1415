namespace Internal.Runtime.GarbageCollection
{
    public unsafe partial struct GcHeap<TPlatform>
    {
        /// <summary>Collects the heap: marks everything reachable from 'roots', then frees the rest.
        /// The runtime calls it holding the allocation lock with all other threads of the program
        /// stopped (their stacks and saved registers among the conservative roots). Allocates
        /// nothing on the managed heap; may map pages for the mark stack, and marks correctly
        /// without them.</summary>
        public void Collect(in GcRoots roots)
        {
            ulong start = _platform.Timestamp();
            Marker<TPlatform> marker = default;
            marker.Platform = _platform;
            marker.Blocks = _blocks;
            marker.Foreign = _foreign;
            marker.Stack = _markStack;
            marker.InitialStackBytes = _settings.InitialMarkStackBytes;
            marker.MaximumStackBytes = _settings.MaximumMarkStackBytes;

            MarkRoots(ref marker, in roots);
            marker.Complete();
            _markStack = marker.Stack;

            Sweep();
            var release = new ForeignRelease { Platform = _platform };
            _foreign.Sweep(ref release);

            ulong pause = _platform.Timestamp() - start;
            _statistics.Collections++;
            _statistics.LastPause = pause;
            _statistics.TotalPause += pause;
            _statistics.LiveBytes = marker.MarkedBytes;
            _statistics.LiveObjects = marker.MarkedObjects;
            _statistics.AllocatedSinceCollection = 0;
            if (marker.EverOverflowed) _statistics.MarkStackOverflows++;
        }

        // Marks the objects the roots reach, draining the stack after each root so that it stays
        // as short as the heap's depth allows.
        private static void MarkRoots(ref Marker<TPlatform> marker, in GcRoots roots)
        {
            for (int i = 0; i < roots.ExactSlotCount; i++)
            {
                marker.MarkAddress(*roots.ExactSlots[i]);
                marker.Drain();
            }
            for (int i = 0; i < roots.ExactRangeCount; i++) MarkRange(ref marker, roots.ExactRanges[i]);
            // Conservative words are treated like exact ones: FindObject already accepts interior
            // addresses and rejects anything that is not an allocated object of this heap.
            for (int i = 0; i < roots.ConservativeRangeCount; i++) MarkRange(ref marker, roots.ConservativeRanges[i]);
        }

        private static void MarkRange(ref Marker<TPlatform> marker, GcRange range)
        {
            for (ulong word = GcMemory.RoundUp(range.Low, 8); word + 8 <= range.High; word += 8)
            {
                marker.MarkAddress(*(ulong*)word);
                marker.Drain();
            }
        }

        // Frees unmarked objects and clears marks (received objects: ForeignRelease after it).
        // Dead large objects and empty small blocks leave
        // the table (kept in order by rewriting survivors in place); empty blocks beyond
        // SpareBlocks and all dead large objects go back to the platform.
        private void Sweep()
        {
            _withRoom.Clear();
            int kept = 0;
            for (int i = 0; i < _blocks.Count; i++)
            {
                GcBlock* block = _blocks[i];
                block->Sweep();
                if (block->IsEmpty)
                {
                    if (block->HasGivenSlots) _given.RemoveBetween(block->Start, block->Start + block->Bytes);
                    ReleaseBlock(block);
                    continue;
                }
                _blocks.Set(kept++, block);
                if (!block->IsLarge && block->HasRoom) _withRoom.Push(block);
            }
            _blocks.Truncate(kept);
        }

        private void ReleaseBlock(GcBlock* block)
        {
            _blockBytes -= block->Bytes;
            // A block some object went away from still has that object on its pages: it goes
            // back to the kernel, which keeps those pages for their new owner.
            if (!block->IsLarge && !block->HasGivenSlots && _spareCount < _settings.SpareBlocks)
            {
                block->NextWithRoom = _spares;
                _spares = block;
                _spareCount++;
                return;
            }
            _platform.UnmapPages((byte*)block, block->Bytes);
        }
    }
}
