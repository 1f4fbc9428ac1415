namespace GoOS.Terminal
{
    /// <summary>The sixteen colors of the VGA text-mode palette, by attribute value. The
    /// foreground is bits 0-3 of the attribute, the background bits 4-6 (bit 7 blinks unless the
    /// driver turns blinking off in the attribute controller).</summary>
    public enum VgaColor : byte
    {
        Black = 0,
        Blue = 1,
        Green = 2,
        Cyan = 3,
        Red = 4,
        Magenta = 5,
        Brown = 6,
        LightGray = 7,
        DarkGray = 8,
        LightBlue = 9,
        LightGreen = 10,
        LightCyan = 11,
        LightRed = 12,
        LightMagenta = 13,
        Yellow = 14,
        White = 15,
    }

    /// <summary>ANSI color numbers (SGR 30-37: black, red, green, yellow, blue, magenta, cyan,
    /// white) to VGA colors. The two orders differ because ANSI counts red as bit 0 and VGA
    /// counts blue as bit 0: red and blue swap, and so do yellow (brown) and cyan.</summary>
    public static class AnsiColor
    {
        /// <summary>The VGA color of ANSI color 'index' (0-7), bright (8-15) if asked; black
        /// for an index out of range.</summary>
        public static VgaColor ToVga(int index, bool bright = false)
        {
            VgaColor color;
            switch (index)
            {
                case 1: color = VgaColor.Red; break;
                case 2: color = VgaColor.Green; break;
                case 3: color = VgaColor.Brown; break;
                case 4: color = VgaColor.Blue; break;
                case 5: color = VgaColor.Magenta; break;
                case 6: color = VgaColor.Cyan; break;
                case 7: color = VgaColor.LightGray; break;
                case 0: color = VgaColor.Black; break;
                default: return VgaColor.Black;
            }
            return bright ? color | VgaColor.DarkGray : color;
        }
    }
}
