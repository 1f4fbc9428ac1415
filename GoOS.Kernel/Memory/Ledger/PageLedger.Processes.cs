namespace GoOS.Kernel.Memory.Ledger
{
    public sealed partial class PageLedger<THost>
    {
        /// <summary>Makes owner live, so that pages and objects may be given to it (called when a
        /// process takes an owner number). AlreadyLive if it is.</summary>
        public LedgerStatus ProcessStarted(int owner)
        {
            LedgerStatus status = CheckOwner(owner);
            if (status != LedgerStatus.Ok) return status;
            if (_live[owner]) return LedgerStatus.AlreadyLive;
            _live[owner] = true;
            return LedgerStatus.Ok;
        }

        /// <summary>Drops everything the live process owner owns (called when it exits or is
        /// killed, before its owner number can be reused): the pages it holds and its counted
        /// objects, and the pages it was given are no longer its (they count as dirty from now on
        /// while anyone owns objects there). Every page nobody owns anything on any more is freed
        /// at once. Costs the pages on its list (a span's interior pages included), not the whole
        /// ledger. NotLive if it is not live.</summary>
        public LedgerStatus ProcessEnded(int owner)
        {
            LedgerStatus status = CheckLive(owner);
            if (status != LedgerStatus.Ok) return status;
            // Always the first node: freeing a record may also unlink a later node of this list.
            for (int node = _firstNode[owner]; node != None; node = _firstNode[owner])
            {
                if (node >= _spanNodeBase)
                {
                    DropSpan(node - _spanNodeBase, 0);
                    continue;
                }
                int r = node / NodesPerRecord, k = node % NodesPerRecord;
                int before = Classify(r);
                Unlink(owner, node);
                if (k == 0)
                {
                    StopHolding(r);
                    _holder[r] = 0;
                }
                else
                {
                    _slotOwner[r * Slots + k - 1] = 0;
                    _slotCount[r * Slots + k - 1] = 0;
                }
                Account(before, Classify(r));
                if (IsEmpty(r)) FreeRecord(r);
            }
            _live[owner] = false;
            return LedgerStatus.Ok;
        }

        /// <summary>Whether owner is started and not ended.</summary>
        public bool IsLive(int owner) => CheckLive(owner) == LedgerStatus.Ok;

        private void Link(int owner, int node)
        {
            int first = _firstNode[owner];
            _nodeNext[node] = first;
            _nodePrevious[node] = None;
            if (first != None) _nodePrevious[first] = node;
            _firstNode[owner] = node;
        }

        private void Unlink(int owner, int node)
        {
            int next = _nodeNext[node], previous = _nodePrevious[node];
            if (previous != None) _nodeNext[previous] = next;
            else _firstNode[owner] = next;
            if (next != None) _nodePrevious[next] = previous;
        }
    }
}
