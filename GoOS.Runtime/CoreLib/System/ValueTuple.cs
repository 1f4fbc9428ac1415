using System.Collections.Generic;

namespace System
{
    /// <summary>The empty tuple, and the factory methods of the tuple types.</summary>
    public struct ValueTuple : IEquatable<ValueTuple>, IComparable<ValueTuple>
    {
        public override bool Equals(object obj) => obj is ValueTuple;
        public bool Equals(ValueTuple other) => true;
        public int CompareTo(ValueTuple other) => 0;
        public override int GetHashCode() => 0;
        public override string ToString() => "()";
        public static ValueTuple<T1> Create<T1>(T1 item1) => new ValueTuple<T1>(item1);
        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new ValueTuple<T1, T2>(item1, item2);
        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new ValueTuple<T1, T2, T3>(item1, item2, item3);
        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
    }

    /// <summary>A tuple of 1 value: equality and order item by item, printed as "(a, b, ...)".</summary>
    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IComparable<ValueTuple<T1>>
    {
        public T1 Item1;

        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1> other && Equals(other);

        public bool Equals(ValueTuple<T1> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1);

        public int CompareTo(ValueTuple<T1> other)
        {
            return Comparer<T1>.Default.Compare(Item1, other.Item1);
        }

        public override int GetHashCode() => Item1?.GetHashCode() ?? 0;

        public override string ToString() => "(" + Item1?.ToString() + ")";
    }

    /// <summary>A tuple of 2 values: equality and order item by item, printed as "(a, b, ...)".</summary>
    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IComparable<ValueTuple<T1, T2>>
    {
        public T1 Item1;
        public T2 Item2;

        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);

        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int order;
            order = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (order != 0) return order;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }

        public override int GetHashCode() => HashCode.Combine(Item1, Item2);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ")";
    }

    /// <summary>A tuple of 3 values: equality and order item by item, printed as "(a, b, ...)".</summary>
    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IComparable<ValueTuple<T1, T2, T3>>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;

        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);

        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int order;
            order = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (order != 0) return order;
            order = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (order != 0) return order;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }

        public override int GetHashCode() => HashCode.Combine(Item1, Item2, Item3);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
    }

    /// <summary>A tuple of 4 values: equality and order item by item, printed as "(a, b, ...)".</summary>
    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IComparable<ValueTuple<T1, T2, T3, T4>>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);

        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int order;
            order = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (order != 0) return order;
            order = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (order != 0) return order;
            order = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (order != 0) return order;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }

        public override int GetHashCode() => HashCode.Combine(Item1, Item2, Item3, Item4);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
    }

    /// <summary>A tuple of 5 values: equality and order item by item, printed as "(a, b, ...)".</summary>
    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IComparable<ValueTuple<T1, T2, T3, T4, T5>>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int order;
            order = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (order != 0) return order;
            order = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (order != 0) return order;
            order = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (order != 0) return order;
            order = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (order != 0) return order;
            return Comparer<T5>.Default.Compare(Item5, other.Item5);
        }

        public override int GetHashCode() => HashCode.Combine(Item1, Item2, Item3, Item4, Item5);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
    }

    /// <summary>A tuple of 6 values: equality and order item by item, printed as "(a, b, ...)".</summary>
    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int order;
            order = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (order != 0) return order;
            order = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (order != 0) return order;
            order = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (order != 0) return order;
            order = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (order != 0) return order;
            order = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (order != 0) return order;
            return Comparer<T6>.Default.Compare(Item6, other.Item6);
        }

        public override int GetHashCode() => HashCode.Combine(Item1, Item2, Item3, Item4, Item5, Item6);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
    }

    /// <summary>A tuple of 7 values: equality and order item by item, printed as "(a, b, ...)".</summary>
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }

        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> other && Equals(other);

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other) =>
            EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int order;
            order = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (order != 0) return order;
            order = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (order != 0) return order;
            order = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (order != 0) return order;
            order = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (order != 0) return order;
            order = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (order != 0) return order;
            order = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (order != 0) return order;
            return Comparer<T7>.Default.Compare(Item7, other.Item7);
        }

        public override int GetHashCode() => HashCode.Combine(Item1, Item2, Item3, Item4, Item5, Item6, Item7);

        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
    }
}
