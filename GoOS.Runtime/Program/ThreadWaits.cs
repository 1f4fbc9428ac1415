namespace GoOS.Runtime
{
    /// <summary>One thread's reusable state for waiting on user-space channels: the outcome of
    /// its current wait (Group) and a record per case (index 0 for a single operation, 1.. for
    /// the cases of a select). Used only by its own thread.</summary>
    internal sealed class ThreadWaits
    {
        private readonly Parking[] _records = new Parking[GoOS.Abi.ChannelLimitsAbi.MaximumSelectCases + 1];

        public ThreadWaits(int slot)
        {
            Slot = slot;
            Group = new ParkingGroup();
            Single = _records[0] = new Parking(slot, Group);
        }

        /// <summary>The thread's stack slot (ThreadUnpark's argument).</summary>
        public readonly int Slot;

        public readonly ParkingGroup Group;

        /// <summary>The record of a single operation (number 0).</summary>
        public readonly Parking Single;

        /// <summary>The wait record number index (0 ≤ index ≤ MaximumSelectCases).</summary>
        public Parking Record(int index)
        {
            Parking record = _records[index];
            if (record == null) _records[index] = record = new Parking(Slot, Group);
            return record;
        }
    }
}
