using System.Runtime.CompilerServices;

namespace Internal.Runtime.GarbageCollection
{
    /// <summary>The header at the start of every run of pages the heap maps for objects: a small
    /// block (SmallBlockBytes, slots of one size class) or a large object (one slot, its own
    /// pages). Slots start HeaderBytes in; a slot holds the header word, then the object. A slot
    /// is allocated when its bit in _allocated is set; free slots are chained through their
    /// first word; slots at or past _bumpIndex were never used and are still zero.
    /// Guarded by: the runtime's allocation lock; the collector runs with the world stopped.</summary>
    internal unsafe struct GcBlock
    {
        public const ulong SmallBlockBytes = 64 * 1024;
        public const ulong HeaderBytes = 768;
        public const int BitmapWords = (int)((SmallBlockBytes - HeaderBytes) / SizeClasses.MinimumObjectSize + 63) / 64;

        private ulong _bytes;              // mapped bytes, header included
        private ulong _slotSize;
        private uint _slotCount;
        private uint _bumpIndex;
        private uint _allocatedCount;
        private uint _givenCount;          // slots whose objects went to another program (GiveAway)
        private int _sizeClass;            // LargeObjectClass for a large object
        private byte* _freeList;
        public GcBlock* NextWithRoom;      // chain of blocks of one class that have a free slot
        private fixed ulong _allocated[BitmapWords];
        private fixed ulong _marked[BitmapWords];

        public const int LargeObjectClass = -1;

        public ulong Bytes => _bytes;
        public ulong SlotSize => _slotSize;
        public int SizeClass => _sizeClass;
        public bool IsLarge => _sizeClass == LargeObjectClass;
        public bool IsEmpty => _allocatedCount == 0;
        public bool HasRoom => _freeList != null || _bumpIndex < _slotCount;
        public uint AllocatedCount => _allocatedCount;
        /// <summary>Some slot's object went to another program: the block's pages must never be
        /// reused for new objects while the block lives, nor kept as a spare once it is empty.</summary>
        public bool HasGivenSlots => _givenCount != 0;
        public ulong Start => (ulong)Unsafe.AsPointer(ref this);

        private ulong FirstSlot => Start + HeaderBytes;

        /// <summary>Writes a header for a block of 'bytes' at 'memory', whose slots (all free) are
        /// 'slotSize' bytes. The slot area must be zero.</summary>
        public static GcBlock* Format(byte* memory, ulong bytes, int sizeClass, ulong slotSize)
        {
            GcMemory.Zero(memory, HeaderBytes);
            GcBlock* block = (GcBlock*)memory;
            block->_bytes = bytes;
            block->_slotSize = slotSize;
            block->_sizeClass = sizeClass;
            block->_slotCount = (uint)((bytes - HeaderBytes) / slotSize);
            return block;
        }

        /// <summary>Hands out a free slot, zeroed and marked allocated, and returns its start (the
        /// header word), or null when the block is full.</summary>
        public byte* TakeSlot()
        {
            byte* slot;
            if (_freeList != null)
            {
                slot = _freeList;
                _freeList = *(byte**)slot;
                GcMemory.Zero(slot, _slotSize);
            }
            else if (_bumpIndex < _slotCount)
            {
                slot = (byte*)(FirstSlot + _bumpIndex * _slotSize);
                _bumpIndex++;
            }
            else return null;
            uint index = (uint)(((ulong)slot - FirstSlot) / _slotSize);
            _allocated[index / 64] |= 1UL << (int)(index % 64);
            _allocatedCount++;
            return slot;
        }

        /// <summary>The object (address of its type pointer) whose slot contains 'address', if that
        /// slot is allocated; 0 for the header, free or never-used slots, and the tail past the last slot.</summary>
        public ulong ObjectAt(ulong address)
        {
            if (address < FirstSlot) return 0;
            ulong index = (address - FirstSlot) / _slotSize;
            if (index >= _bumpIndex) return 0;
            if ((_allocated[index / 64] & (1UL << (int)(index % 64))) == 0) return 0;
            return FirstSlot + index * _slotSize + 8;
        }

        /// <summary>The allocated object obj (from ObjectAt) went to another program: its slot
        /// is no longer allocated here (never marked, swept or found), and not free either (never
        /// handed out again), until TakeBack.</summary>
        public void GiveAway(ulong obj)
        {
            ulong index = (obj - 8 - FirstSlot) / _slotSize;
            _allocated[index / 64] &= ~(1UL << (int)(index % 64));
            _allocatedCount--;
            _givenCount++;
        }

        /// <summary>The object obj that GiveAway gave away came back: it is allocated here again.</summary>
        public void TakeBack(ulong obj)
        {
            ulong index = (obj - 8 - FirstSlot) / _slotSize;
            _allocated[index / 64] |= 1UL << (int)(index % 64);
            _allocatedCount++;
            _givenCount--;
        }

        /// <summary>Sets the mark bit of the allocated object 'obj' (from ObjectAt); true if it was clear.</summary>
        public bool TryMark(ulong obj)
        {
            ulong index = (obj - 8 - FirstSlot) / _slotSize;
            ulong bit = 1UL << (int)(index % 64);
            ref ulong word = ref _marked[index / 64];
            if ((word & bit) != 0) return false;
            word |= bit;
            return true;
        }

        public bool IsMarked(ulong obj)
        {
            ulong index = (obj - 8 - FirstSlot) / _slotSize;
            return (_marked[index / 64] & (1UL << (int)(index % 64))) != 0;
        }

        /// <summary>Calls action.Apply for every marked object, in address order. The collector
        /// uses it to rescan after a mark-stack overflow; visiting may set more marks.</summary>
        public void ForEachMarked<TAction>(ref TAction action) where TAction : struct, IGcObjectAction
        {
            uint words = (_bumpIndex + 63) / 64;
            for (uint w = 0; w < words; w++)
            {
                ulong bits = _marked[w];
                while (bits != 0)
                {
                    int bit = BitScan.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    action.Apply(FirstSlot + (w * 64 + (uint)bit) * _slotSize + 8);
                }
            }
        }

        /// <summary>Frees every allocated slot whose mark is clear (onto the free list, its contents
        /// left until reuse) and clears the marks. Returns the number of slots freed.</summary>
        public uint Sweep()
        {
            uint freed = 0;
            uint words = (_bumpIndex + 63) / 64;
            for (uint w = 0; w < words; w++)
            {
                ulong dead = _allocated[w] & ~_marked[w];
                _allocated[w] &= _marked[w];
                _marked[w] = 0;
                while (dead != 0)
                {
                    int bit = BitScan.TrailingZeroCount(dead);
                    dead &= dead - 1;
                    byte* slot = (byte*)(FirstSlot + (w * 64 + (uint)bit) * _slotSize);
                    *(byte**)slot = _freeList;
                    _freeList = slot;
                    freed++;
                }
            }
            _allocatedCount -= freed;
            return freed;
        }
    }
}
