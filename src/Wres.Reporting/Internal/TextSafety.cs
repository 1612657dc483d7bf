using System.Text;

namespace Wres.Reporting.Internal;

/// <summary>
/// Makes text from the report (organisation name, labels, file names, messages) safe to carry in every format:
/// characters no text format can hold are replaced, so a hostile value cannot break the structure of the output.
/// Escaping for a particular syntax (HTML, Markdown, CSV) is each writer's job.
/// </summary>
internal static class TextSafety
{
    private const char Replacement = '\uFFFD';

    /// <summary>
    /// Replaces control characters other than tab, line feed and carriage return, DEL and the C1 controls, lone
    /// surrogates and the non-characters U+FFFE and U+FFFF with U+FFFD.
    /// </summary>
    public static string Clean(string? value) => Rewrite(value, singleLine: false);

    /// <summary>As <see cref="Clean"/>, and tabs and line breaks become spaces: for headings and table cells.</summary>
    public static string SingleLine(string? value) => Rewrite(value, singleLine: true);

    private static string Rewrite(string? value, bool singleLine)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            char? replacement = null;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (c is '\t' or '\n' or '\r')
            {
                replacement = singleLine ? ' ' : null;
            }
            else if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                replacement = Replacement;
            }

            if (replacement is { } r)
            {
                builder ??= new StringBuilder(value.Length).Append(value, 0, i);
                builder.Append(r);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }
}
