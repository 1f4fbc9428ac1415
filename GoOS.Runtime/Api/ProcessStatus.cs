using GoOS.Abi;

namespace GoOS
{
    /// <summary>One running process, as Process.List saw it.</summary>
    public sealed unsafe class ProcessStatus
    {
        internal ProcessStatus(ProcessInfo* info)
        {
            Id = info->Id;
            ParentId = info->ParentId;
            State = info->State;
            Threads = (int)info->Threads;
            Pages = info->Pages;
            HeldPages = info->HeldPages;
            ForeignPages = info->ForeignPages;
            DirtyHeldPages = info->DirtyHeldPages;
            SharedPages = info->SharedPages;
            int length = 0;
            while (length < ProcessInfo.NameBytes && info->Name[length] != 0) length++;
            char* chars = stackalloc char[length];
            for (int i = 0; i < length; i++) chars[i] = (char)info->Name[i];
            Name = new string(chars, 0, length);
        }

        public long Id { get; }
        /// <summary>Who started it (0: the kernel).</summary>
        public long ParentId { get; }
        public string Name { get; }
        public ProcessRunState State { get; }
        public int Threads { get; }
        /// <summary>4 KiB pages mapped into it.</summary>
        public long Pages { get; }
        /// <summary>Heap pages it holds (the page ledger).</summary>
        public long HeldPages { get; }
        /// <summary>Heap pages held by others on which it owns objects sent to it.</summary>
        public long ForeignPages { get; }
        /// <summary>Heap pages it holds on which others own objects.</summary>
        public long DirtyHeldPages { get; }
        /// <summary>Heap pages (held or foreign) on which it and another process own something.</summary>
        public long SharedPages { get; }
    }
}
