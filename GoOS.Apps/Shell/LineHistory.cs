namespace GoOS.Apps.Shell
{
    /// <summary>The last lines entered, oldest first, at most Capacity of them (adding to a full
    /// history drops the oldest). Blank lines and a repeat of the newest line are not added.</summary>
    public sealed class LineHistory
    {
        public const int DefaultCapacity = 32;

        private readonly string[] _entries;  // a ring: the oldest at _start
        private int _start;
        private int _count;

        public LineHistory(int capacity = DefaultCapacity)
        {
            _entries = new string[capacity < 1 ? 1 : capacity];
        }

        public int Capacity => _entries.Length;

        public int Count => _count;

        /// <summary>Entry 'index', 0 the oldest and Count - 1 the newest; null out of range.</summary>
        public string this[int index] =>
            index < 0 || index >= _count ? null : _entries[(_start + index) % _entries.Length];

        /// <summary>Appends 'line' unless it is blank or the same as the newest entry; returns
        /// whether it did.</summary>
        public bool Add(string line)
        {
            if (string.IsNullOrWhiteSpace(line)) return false;
            if (_count > 0 && this[_count - 1] == line) return false;
            if (_count == _entries.Length)
            {
                _entries[_start] = line;
                _start = (_start + 1) % _entries.Length;
            }
            else
            {
                _entries[(_start + _count) % _entries.Length] = line;
                _count++;
            }
            return true;
        }

        public void Clear()
        {
            for (int i = 0; i < _entries.Length; i++) _entries[i] = null;
            _start = 0;
            _count = 0;
        }
    }
}
