namespace System.Collections.Generic
{
    /// <summary>The sort behind Array.Sort and List.Sort: introspective sort (quicksort with a
    /// median-of-three pivot, heapsort once recursion gets too deep, insertion sort for short
    /// runs). Not stable, like .NET's.</summary>
    internal static class ArraySortHelper<T>
    {
        private const int InsertionSortThreshold = 16;

        /// <summary>Sorts the items in place; a null comparer means Comparer&lt;T&gt;.Default.</summary>
        public static void Sort(Span<T> items, IComparer<T> comparer)
        {
            comparer ??= Comparer<T>.Default;
            int depthLimit = 2;
            for (int n = items.Length; n > 1; n >>= 1) depthLimit += 2;
            IntroSort(items, depthLimit, comparer);
        }

        private static void IntroSort(Span<T> items, int depthLimit, IComparer<T> comparer)
        {
            while (items.Length > InsertionSortThreshold)
            {
                if (depthLimit-- == 0)
                {
                    HeapSort(items, comparer);
                    return;
                }
                int pivot = Partition(items, comparer);
                IntroSort(items.Slice(pivot + 1), depthLimit, comparer);
                items = items.Slice(0, pivot);
            }
            InsertionSort(items, comparer);
        }

        // Orders first, middle and last, parks the median at the end - 1 and partitions around it;
        // returns the pivot's final index.
        private static int Partition(Span<T> items, IComparer<T> comparer)
        {
            int last = items.Length - 1;
            int middle = last >> 1;
            SwapIfGreater(items, 0, middle, comparer);
            SwapIfGreater(items, 0, last, comparer);
            SwapIfGreater(items, middle, last, comparer);
            T pivot = items[middle];
            Swap(items, middle, last - 1);
            int left = 0, right = last - 1;
            while (left < right)
            {
                while (comparer.Compare(items[++left], pivot) < 0) { }
                while (comparer.Compare(pivot, items[--right]) < 0) { }
                if (left >= right) break;
                Swap(items, left, right);
            }
            if (left != last - 1) Swap(items, left, last - 1);
            return left;
        }

        private static void HeapSort(Span<T> items, IComparer<T> comparer)
        {
            int n = items.Length;
            for (int i = n / 2 - 1; i >= 0; i--) SiftDown(items, i, n, comparer);
            for (int end = n - 1; end > 0; end--)
            {
                Swap(items, 0, end);
                SiftDown(items, 0, end, comparer);
            }
        }

        private static void SiftDown(Span<T> items, int root, int size, IComparer<T> comparer)
        {
            T value = items[root];
            while (true)
            {
                int child = 2 * root + 1;
                if (child >= size) break;
                if (child + 1 < size && comparer.Compare(items[child], items[child + 1]) < 0) child++;
                if (comparer.Compare(value, items[child]) >= 0) break;
                items[root] = items[child];
                root = child;
            }
            items[root] = value;
        }

        private static void InsertionSort(Span<T> items, IComparer<T> comparer)
        {
            for (int i = 1; i < items.Length; i++)
            {
                T value = items[i];
                int j = i - 1;
                while (j >= 0 && comparer.Compare(value, items[j]) < 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }
                items[j + 1] = value;
            }
        }

        private static void SwapIfGreater(Span<T> items, int i, int j, IComparer<T> comparer)
        {
            if (comparer.Compare(items[i], items[j]) > 0) Swap(items, i, j);
        }

        private static void Swap(Span<T> items, int i, int j)
        {
            T swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
    }
}
