using GoOS.Abi;
using GoOS.Kernel.Memory;

namespace GoOS.Kernel.Processes
{
    internal static unsafe partial class HeapPages
    {
        /// <summary>Moves what an object-channel message carries from owner 'from' to owner 'to'
        /// (Transfer): its object, or every object its manifest lists and then the manifest
        /// itself (ObjectMessage.Count). All or nothing: when one move fails, those made are
        /// moved back and its status returned. The manifest is read through from's address space.
        /// NotOwner for a manifest that is not one (too short, too many objects).</summary>
        public static Status TransferMessage(int from, int to, ObjectMessage* message)
        {
            if (message->Count == 0) return Transfer(from, to, message->Address - 8, message->Bytes);
            if (!ManifestFits(from, message)) return Status.NotOwner;
            ulong root = RootOf(from);
            for (ulong i = 0; i < message->Count; i++)
            {
                Status moved = Status.NotOwner;
                if (ReadEntry(root, message->Address, i, out ulong address, out ulong bytes)) moved = Transfer(from, to, address - 8, bytes);
                if (moved == Status.Ok) continue;
                MoveBack(to, from, message, i);
                return moved;
            }
            Status manifest = Transfer(from, to, message->Address - 8, message->Bytes);
            if (manifest != Status.Ok) MoveBack(to, from, message, message->Count);
            return manifest;
        }

        /// <summary>Gives up everything the message carries that owner owns: its objects (read
        /// from the manifest through owner's space) and the manifest. For a message nobody will
        /// receive, or one its receiver could not take.</summary>
        public static void ReleaseMessage(int owner, ObjectMessage* message)
        {
            if (message->Count != 0 && ManifestFits(owner, message))
            {
                ulong root = RootOf(owner);
                for (ulong i = 0; i < message->Count; i++)
                    if (ReadEntry(root, message->Address, i, out ulong address, out ulong bytes)) Release(owner, address - 8, bytes);
            }
            Release(owner, message->Address - 8, message->Bytes);
        }

        // Undoes the moves of the message's first 'count' objects (from 'to' back to 'from', as
        // the caller names them: the reverse direction). The manifest is still the original
        // owner's, so its entries are read through that owner's space.
        private static void MoveBack(int owner, int back, ObjectMessage* message, ulong count)
        {
            ulong root = RootOf(back);
            for (ulong i = 0; i < count; i++)
                if (ReadEntry(root, message->Address, i, out ulong address, out ulong bytes)) Transfer(owner, back, address - 8, bytes);
        }

        // Whether the manifest, as owner sees it, is a ulong[] long enough for Count entries.
        private static bool ManifestFits(int owner, ObjectMessage* message)
        {
            if (message->Count > ObjectMessage.MaximumGraphObjects || message->Bytes < 16) return false;
            if (!ReadWord(RootOf(owner), message->Address + 8, out ulong length)) return false;
            ulong words = message->Count * ObjectMessage.ManifestWords;
            return (length & 0xFFFFFFFF) >= words && 16 + words * 8 <= message->Bytes;
        }

        private static bool ReadEntry(ulong root, ulong manifest, ulong index, out ulong address, out ulong bytes)
        {
            ulong entry = manifest + 16 + index * ObjectMessage.ManifestWords * 8;
            bytes = 0;
            return ReadWord(root, entry, out address) && ReadWord(root, entry + 8, out bytes) && address >= 8 && (address & 7) == 0;
        }

        // Reads the 8-byte-aligned word at address of the space root (mapped user memory only).
        private static bool ReadWord(ulong root, ulong address, out ulong value)
        {
            value = 0;
            if (root == 0 || (address & 7) != 0) return false;
            if (KernelAddressSpace.Mapper.Query(root, address, out ulong physical, out PageFlags flags, out _) != MemoryStatus.Ok) return false;
            if ((flags & PageFlags.User) == 0) return false;
            value = *(ulong*)KernelLayout.PhysicalToVirtual(physical);
            return true;
        }
    }
}
