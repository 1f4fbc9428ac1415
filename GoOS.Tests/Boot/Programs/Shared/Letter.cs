namespace GoOS.TestPrograms.Shared
{
    /// <summary>A class two test programs share (its source is compiled into probe and chans,
    /// as a library both use would be): a list of letters travels between them as one graph,
    /// and each program has its own type descriptor for it.</summary>
    public sealed class Letter
    {
        public int Serial;
        public string Text;
        public int[] Numbers;
        public Letter Next;

        /// <summary>A list of count letters, each with its text and count numbers.</summary>
        public static Letter List(int count)
        {
            Letter head = null;
            for (int i = count - 1; i >= 0; i--)
            {
                var numbers = new int[count];
                for (int j = 0; j < count; j++) numbers[j] = i * 1000 + j;
                head = new Letter { Serial = i, Text = "letter " + i.ToString(), Numbers = numbers, Next = head };
            }
            return head;
        }

        /// <summary>A checksum of the list from head that List(count) gives the same for.</summary>
        public static long Checksum(Letter head)
        {
            long sum = 0;
            for (Letter letter = head; letter != null; letter = letter.Next)
            {
                sum = sum * 31 + letter.Serial;
                for (int i = 0; i < letter.Text.Length; i++) sum = sum * 7 + letter.Text[i];
                for (int i = 0; i < letter.Numbers.Length; i++) sum += letter.Numbers[i];
            }
            return sum;
        }
    }
}
