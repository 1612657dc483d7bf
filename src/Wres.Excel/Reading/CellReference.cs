namespace Wres.Excel.Reading;

/// <summary>Cell and row references of a sheet: <c>B12</c> → column 1 (from 0), row 12.</summary>
internal static class CellReference
{
    /// <summary>The most columns a sheet has (<c>XFD</c>).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The most rows a sheet has.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The column (from 0) of a reference such as <c>AB7</c>; -1 when it has no valid column letters.</summary>
    public static int Column(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = (char)(c & ~0x20);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
            if (++letters > 3)
            {
                return -1;
            }
        }

        return letters == 0 || column > MaxColumns ? -1 : column - 1;
    }

    /// <summary>A row number (from 1) written as digits; -1 when it is not one.</summary>
    public static int Row(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 7)
        {
            return -1;
        }

        var row = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            row = (row * 10) + (c - '0');
        }

        return row is >= 1 and <= MaxRows ? row : -1;
    }
}
