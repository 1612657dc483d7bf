using Wres.Core.Validation;

namespace Wres.Esr.Internal;

/// <summary>
/// Lines a file's header up with its schema: each column by the mapping file's name for it, then its own name, then the
/// names it also answers to, all compared ignoring case, spaces and <c>_ - . /</c>. What is left is reported: a header
/// that looks like a contract column (a near name or a typo) is a warning naming both, an absent optional column a
/// note saying which default applies, and the other unused headers one note listing them. Runs once per file (and
/// once per candidate header line), never per row.
/// </summary>
internal static class HeaderMatcher
{
    /// <summary>The most unused headers a note lists by name.</summary>
    private const int UnusedListed = 20;

    /// <summary>Matches a header.</summary>
    /// <param name="header">The header's names, as read.</param>
    /// <param name="schema">The file's columns.</param>
    /// <param name="mapped">The mapping file's columns for this file: a header in the user's file to a contract column.</param>
    /// <param name="mappingKey">The mapping file's key for this file (<c>staff</c>, <c>previousStaff</c>, …), for messages.</param>
    public static HeaderMatch Match(IReadOnlyList<string> header, FileSchema schema, IReadOnlyDictionary<string, string>? mapped, string mappingKey)
    {
        var names = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var keys = names.Select(HeaderKey.Of).ToArray();
        var used = new bool[names.Length];
        var columns = schema.Columns;
        var ordinals = new int[columns.Count];
        var sources = new ColumnSource[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            ordinals[c] = -1;
            foreach (var (candidate, source) in Candidates(columns[c], mapped))
            {
                var index = Find(keys, used, HeaderKey.Of(candidate));
                if (index >= 0)
                {
                    ordinals[c] = index;
                    sources[c] = source;
                    used[index] = true;
                    break;
                }
            }
        }

        var findings = new List<HeaderFinding>();
        var unused = new List<string>();
        var plain = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            if (used[i] || keys[i].Length == 0)
            {
                continue;
            }

            unused.Add(names[i]);
            var lookalike = Lookalike(keys[i], columns);
            if (lookalike < 0)
            {
                plain.Add(names[i]);
                continue;
            }

            var column = columns[lookalike];
            findings.Add(new HeaderFinding(WresErrorCodes.UnusedLookalikeColumn, IssueSeverity.Warning, names[i], ordinals[lookalike] >= 0
                ? $"The column '{names[i]}' is not used: it looks like '{column.Name}', which is read from '{names[ordinals[lookalike]]}'."
                : $"The column '{names[i]}' is not used: it looks like '{column.Name}', which this file lacks; if it is that column, rename it or map it (mapping file: columns.{mappingKey})."));
        }

        var missing = new List<ColumnSpec>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (ordinals[c] >= 0)
            {
                continue;
            }

            if (columns[c].Required)
            {
                missing.Add(columns[c]);
            }
            else if (columns[c].WhenAbsent is { } absent)
            {
                findings.Add(new HeaderFinding(WresErrorCodes.OptionalColumnAbsent, IssueSeverity.Note, columns[c].Name,
                    $"There is no '{columns[c].Name}' column{AlsoKnownAs(columns[c])}, so {absent}."));
            }
        }

        if (mapped is not null)
        {
            foreach (var (from, _) in mapped)
            {
                if (Array.IndexOf(keys, HeaderKey.Of(from)) < 0)
                {
                    findings.Add(new HeaderFinding(WresErrorCodes.MappedColumnAbsent, IssueSeverity.Warning, null,
                        $"The mapping names the header '{from}' (columns.{mappingKey}), but this file has no such header."));
                }
            }
        }

        if (plain.Count > 0)
        {
            var listed = string.Join(", ", plain.Take(UnusedListed).Select(n => $"'{n}'"));
            var more = plain.Count > UnusedListed ? $" and {plain.Count - UnusedListed} more" : string.Empty;
            findings.Add(new HeaderFinding(WresErrorCodes.ColumnsNotUsed, IssueSeverity.Note, null,
                $"{plain.Count} column{(plain.Count == 1 ? " is" : "s are")} not part of the {schema.Kind} file's contract and not used: {listed}{more}."));
        }

        return new HeaderMatch(schema, names, ordinals, sources, missing, unused, findings);
    }

    /// <summary>
    /// Checks the mapping's columns for this file: each must map to a column of the file's contract. Throws the
    /// file-level error (nothing is read) naming the key otherwise.
    /// </summary>
    public static void CheckMapping(string file, FileSchema schema, IReadOnlyDictionary<string, string>? mapped, string mappingKey)
    {
        if (mapped is null)
        {
            return;
        }

        foreach (var (from, to) in mapped)
        {
            var target = HeaderKey.Of(to);
            if (!schema.Columns.Any(c => HeaderKey.Of(c.Name) == target))
            {
                throw new EsrFileException(WresErrorCodes.UnknownMappedColumn, file, null, from,
                    $"{file}: the mapping's columns.{mappingKey} maps '{from}' to '{to}', which is not a column of the {schema.Kind} file ({string.Join(", ", schema.Columns.Select(c => c.Name))}).");
            }
        }
    }

    /// <summary>The error for a header without all its required columns, each named with the closest header present.</summary>
    public static EsrFileException MissingColumns(string file, HeaderMatch match, string mappingKey)
    {
        var parts = match.Missing.Select(s => $"'{s.Name}'{AlsoKnownAs(s)}").ToArray();
        var columns = parts.Length == 1 ? $"the required column {parts[0]} is" : $"the required columns {string.Join(", ", parts[..^1])} and {parts[^1]} are";
        var closest = match.Missing
            .Select(s => (Column: s, Header: Closest(s, match)))
            .Where(p => p.Header is not null)
            .Select(p => $"'{p.Header}' for '{p.Column.Name}'")
            .ToArray();
        var hint = closest.Length == 0
            ? string.Empty
            : $" The closest header{(closest.Length == 1 ? " is" : "s are")} {string.Join(", ", closest)}: rename it or map it in the mapping file (columns.{mappingKey}).";
        return new EsrFileException(WresErrorCodes.MissingRequiredColumn, file, null, match.Missing[0].Name,
            $"{file}: {columns} missing from the header of this {match.Schema.Kind} file.{hint}");
    }

    private static IEnumerable<(string Name, ColumnSource Source)> Candidates(ColumnSpec column, IReadOnlyDictionary<string, string>? mapped)
    {
        if (mapped is not null)
        {
            var key = HeaderKey.Of(column.Name);
            foreach (var (from, to) in mapped)
            {
                if (HeaderKey.Of(to) == key)
                {
                    yield return (from, ColumnSource.Mapping);
                }
            }
        }

        yield return (column.Name, ColumnSource.Name);
        foreach (var alias in column.Aliases)
        {
            yield return (alias, ColumnSource.Alias);
        }
    }

    private static int Find(string[] keys, bool[] used, string key)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (!used[i] && keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first column whose name or an alias the header key looks like, or -1.</summary>
    internal static int Lookalike(string key, IReadOnlyList<ColumnSpec> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if (HeaderKey.LooksLike(key, HeaderKey.Of(columns[c].Name)) || columns[c].Aliases.Any(a => HeaderKey.LooksLike(key, HeaderKey.Of(a))))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The unused header nearest to a missing column's names, when it is near enough to be worth naming.</summary>
    internal static string? Closest(ColumnSpec column, HeaderMatch match)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var names = column.Aliases.Prepend(column.Name).Select(HeaderKey.Of).ToArray();
        foreach (var header in match.Unused)
        {
            var key = HeaderKey.Of(header);
            foreach (var name in names)
            {
                var distance = HeaderKey.LooksLike(key, name) ? 0 : HeaderKey.Distance(key, name, Math.Max(3, name.Length / 2));
                if (distance <= Math.Max(3, name.Length / 2) && distance < bestDistance)
                {
                    best = header;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    private static string AlsoKnownAs(ColumnSpec column) =>
        column.Aliases.Length == 0 ? string.Empty : $" (or {string.Join(", ", column.Aliases.Select(a => $"'{a}'"))})";
}
