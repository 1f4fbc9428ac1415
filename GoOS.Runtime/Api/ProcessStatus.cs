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
    }
}
