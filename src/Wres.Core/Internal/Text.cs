namespace Wres.Core.Internal;

/// <summary>Text helpers shared by the classifiers.</summary>
internal static class Text
{
    /// <summary>
    /// The form used for label matching: ends trimmed, runs of white space collapsed to one space,
    /// lower case (invariant culture).
    /// </summary>
    public static string NormalizeLabel(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    /// <summary>Whether the value is empty or white space only.</summary>
    public static bool IsBlank(ReadOnlySpan<char> value) => value.IsWhiteSpace();
}
