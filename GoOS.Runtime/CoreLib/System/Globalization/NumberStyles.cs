namespace System.Globalization
{
    /// <summary>What integer parsing accepts. GoOS honours white space, the leading sign, hex and
    /// binary digits; the other flags are accepted and change nothing.</summary>
    [Flags]
    public enum NumberStyles
    {
        None = 0x0000,
        AllowLeadingWhite = 0x0001,
        AllowTrailingWhite = 0x0002,
        AllowLeadingSign = 0x0004,
        AllowTrailingSign = 0x0008,
        AllowParentheses = 0x0010,
        AllowDecimalPoint = 0x0020,
        AllowThousands = 0x0040,
        AllowExponent = 0x0080,
        AllowCurrencySymbol = 0x0100,
        AllowHexSpecifier = 0x0200,
        AllowBinarySpecifier = 0x0400,
        Integer = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign,
        HexNumber = AllowLeadingWhite | AllowTrailingWhite | AllowHexSpecifier,
        BinaryNumber = AllowLeadingWhite | AllowTrailingWhite | AllowBinarySpecifier,
        Number = Integer | AllowTrailingSign | AllowDecimalPoint | AllowThousands,
        Float = Integer | AllowDecimalPoint | AllowExponent,
        Currency = Number | AllowParentheses | AllowCurrencySymbol,
        Any = Currency | AllowExponent,
    }
}
