namespace Wres.Esr.Internal;

/// <summary>
/// The form in which headers are compared: lower case, without spaces and the punctuation <c>_ - . /</c>, so that
/// <c>Employee_Number</c>, <c>EMPLOYEE-NUMBER</c> and <c>Employee Number</c> are one header.
/// </summary>
internal static class HeaderKey
{
    public static string Of(string header)
    {
        Span<char> buffer = header.Length <= 256 ? stackalloc char[header.Length] : new char[header.Length];
        var length = 0;
        foreach (var c in header)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '.' or '/' or '\uFEFF')
            {
                continue;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    /// <summary>
    /// Whether an unused header looks like a column's name or alias: the same key, or one key holds the other (at least five
    /// characters of it), or they differ by at most one edit in four characters (a typo).
    /// </summary>
    public static bool LooksLike(string headerKey, string columnKey)
    {
        if (headerKey.Length == 0 || columnKey.Length == 0)
        {
            return false;
        }

        if (headerKey == columnKey)
        {
            return true;
        }

        if ((columnKey.Length >= 5 && headerKey.Contains(columnKey, StringComparison.Ordinal))
            || (headerKey.Length >= 5 && columnKey.Contains(headerKey, StringComparison.Ordinal)))
        {
            return true;
        }

        var allowed = Math.Min(headerKey.Length, columnKey.Length) / 4;
        return allowed > 0 && Math.Abs(headerKey.Length - columnKey.Length) <= allowed && Distance(headerKey, columnKey, allowed) <= allowed;
    }

    /// <summary>The edit distance between two keys, or more than <paramref name="limit"/> when it exceeds it.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
