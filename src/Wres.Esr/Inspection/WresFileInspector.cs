using System.Text;
using Wres.Core;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Core.PayGaps;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using Wres.Esr.Internal;

namespace Wres.Esr.Inspection;

/// <summary>
/// Looks at input files as <see cref="WresFileReader"/> would read them, without computing anything: the layout found
/// (delimiter, preamble, encoding), how each header matched (exact, normalised, alias, mapped), the headers nothing
/// uses, and the values of the categorical columns (ethnicity, grade, staff group, assignment category, case type,
/// disability) that did not classify, with their counts. What <c>wres inspect</c> prints, and what a mapping file is
/// written from.
/// </summary>
/// <remarks>A file missing a required column is inspected too (its header is what needs mapping); only a file that
/// cannot be read at all (missing, binary, empty) throws. Values are classified once per distinct value.</remarks>
public sealed class WresFileInspector
{
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["Ethnic Origin"] = "ethnicity",
        ["Pay Band"] = "grade",
        ["Staff Group"] = "staffGroup",
        ["Assignment Category"] = "assignmentCategory",
        ["Case Type"] = "caseType",
        ["Disability"] = "disability",
        ["Sex"] = "sex",
    };

    private readonly ReaderSettings _settings;

    /// <summary>Creates an inspector with the default options (no mapping).</summary>
    public WresFileInspector()
        : this(new WresCalculator())
    {
    }

    /// <summary>Creates an inspector that matches and classifies with the given calculator's options, its mapping included.</summary>
    /// <param name="calculator">The calculator.</param>
    public WresFileInspector(WresCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        _settings = new ReaderSettings(calculator.Options);
    }

    /// <summary>Inspects every input given.</summary>
    /// <param name="inputs">The files; any may be left out.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>One inspection per file, in the order of <see cref="WresInputs"/> (the pay file last).</returns>
    /// <exception cref="EsrFileException">A file cannot be read at all (every such file is named).</exception>
    public IReadOnlyList<FileInspection> Inspect(WresInputs inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        List<EsrFileException>? problems = null;
        var prepared = new List<PreparedFile>();
        foreach (var (part, file) in inputs.Provided())
        {
            try
            {
                prepared.Add(PreparedFile.Prepare(part, file, _settings, allowMissing: true));
            }
            catch (EsrFileException e)
            {
                (problems ??= []).Add(e);
            }
        }

        if (inputs.Pay is { } pay)
        {
            try
            {
                prepared.Add(PreparedFile.PreparePay(pay, _settings, allowMissing: true));
            }
            catch (EsrFileException e)
            {
                (problems ??= []).Add(e);
            }
        }

        try
        {
            if (problems is not null)
            {
                throw problems[0].WithOthers(problems.Skip(1));
            }

            return [.. prepared.Select(p => Inspect(p, cancellationToken))];
        }
        finally
        {
            foreach (var file in prepared)
            {
                file.Dispose();
            }
        }
    }

    private FileInspection Inspect(PreparedFile file, CancellationToken cancellationToken)
    {
        var layout = file.Layout;
        var match = layout.Match;
        var schema = match.Schema;
        var columns = new List<ColumnInspection>();
        for (var c = 0; c < schema.Columns.Count; c++)
        {
            var spec = schema.Columns[c];
            var header = match.HeaderOf(c);
            var kind = match.Sources[c] switch
            {
                ColumnSource.Mapping => HeaderMatchKind.Mapped,
                ColumnSource.Alias => HeaderMatchKind.Alias,
                ColumnSource.Name when string.Equals(header, spec.Name, StringComparison.OrdinalIgnoreCase) => HeaderMatchKind.Exact,
                ColumnSource.Name => HeaderMatchKind.Normalised,
                _ => HeaderMatchKind.Absent,
            };
            columns.Add(new ColumnInspection(spec.Name, spec.Required, header, kind));
        }

        var findings = match.Findings.Where(f => f.Severity == IssueSeverity.Warning).Select(f => f.Message).ToList();
        var encoding = layout.Encoding is null ? "UTF-8" : "UTF-16";
        IReadOnlyList<UnclassifiedValue> unclassified = [];
        if (match.Missing.Count == 0)
        {
            var windows1252 = false;
            unclassified = EncodingFallback.Read(file.File, chosen =>
            {
                windows1252 = chosen is not null;
                var tally = new SourceTally(file.File.Name);
                return (Values(file, chosen, tally, cancellationToken), tally);
            });
            encoding = windows1252 ? "Windows-1252" : encoding;
        }

        var mappingKey = file.Part == InputPart.Unknown ? ReaderSettings.PayKey : ReaderSettings.MappingKey(file.Part);
        return new FileInspection(file.File.Name, mappingKey, layout.Delimiter, layout.HeaderLine, encoding, columns, match.Unused, findings, Suggestions(match), unclassified);
    }

    /// <summary>Each unused header that may be a contract column: the closest to a missing required column first, then lookalikes.</summary>
    private static Dictionary<string, string> Suggestions(HeaderMatch match)
    {
        var suggestions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var missing in match.Missing)
        {
            if (HeaderMatcher.Closest(missing, match) is { } header)
            {
                suggestions.TryAdd(header, missing.Name);
            }
        }

        foreach (var header in match.Unused)
        {
            var column = HeaderMatcher.Lookalike(HeaderKey.Of(header), match.Schema.Columns);
            if (column >= 0)
            {
                suggestions.TryAdd(header, match.Schema.Columns[column].Name);
            }
        }

        return suggestions;
    }

    /// <summary>Counts the values of the file's categorical columns that do not classify, each distinct value classified once.</summary>
    private List<UnclassifiedValue> Values(PreparedFile file, Encoding? encoding, SourceTally tally, CancellationToken cancellationToken)
    {
        var schema = file.Schema;
        using var table = CsvTable.Open(file, encoding, progress: null);
        var watched = new List<(int Column, string Name, SpanCache<Counter?> Cache, List<Counter> Found)>();
        for (var c = 0; c < schema.Columns.Count; c++)
        {
            if (table.Has(c) && Sections.TryGetValue(schema.Columns[c].Name, out var section))
            {
                var found = new List<Counter>();
                var classifies = Classifier(section, file.Part);
                watched.Add((c, schema.Columns[c].Name, new SpanCache<Counter?>(text => Unclassified(text, classifies, found)), found));
            }
        }

        if (watched.Count == 0)
        {
            return [];
        }

        while (table.Read(tally, cancellationToken))
        {
            var record = table.Record;
            foreach (var (column, _, cache, _) in watched)
            {
                var value = Fields.Trim(record[column]);
                if (!value.IsEmpty && cache.Get(value) is { } counter)
                {
                    counter.Rows++;
                }
            }
        }

        return [.. watched.SelectMany(w => w.Found.Select(f => new UnclassifiedValue(w.Name, Sections[w.Name], f.Value, f.Rows))).OrderByDescending(v => v.Rows).ThenBy(v => v.Column, StringComparer.Ordinal).ThenBy(v => v.Value, StringComparer.Ordinal)];
    }

    private static Counter? Unclassified(string text, Func<string, bool> classifies, List<Counter> found)
    {
        if (classifies(text))
        {
            return null;
        }

        // One counter per distinct value: merged by text when the value cache is full and computes again.
        var existing = found.Find(f => f.Value == text);
        if (existing is not null)
        {
            return existing;
        }

        var counter = new Counter(text);
        found.Add(counter);
        return counter;
    }

    private Func<string, bool> Classifier(string section, InputPart part)
    {
        var values = _settings.Values;
        var ethnicity = _settings.Ethnicity;
        return section switch
        {
            "ethnicity" => text => values.TryGetEthnicity(text, out _) || ethnicity.Classify(text).Match != EthnicityMatch.Unrecognised,
            "grade" => text => values.TryGetGrade(text, out _) || Grade.Classify(text).Match == GradeMatch.Recognised,
            "staffGroup" => text => values.TryGetStaffGroup(text, out _) || StaffGroup.TryParse(text, out _),
            "assignmentCategory" => text => values.TryGetAssignmentCategory(text, out _) || Recognised(text),
            "caseType" => text => values.TryGetCaseType(text, out _) || CaseTypes.TryParse(text, out _),
            "disability" => text => values.TryGetDisability(text, out _) || DisabilityClassifier.Classify(text).Match != DisabilityMatch.Unrecognised,
            "sex" => text => values.TryGetSex(text, out _) || Sexes.Parse(text) is Sex.Male or Sex.Female,
            _ => throw new ArgumentOutOfRangeException(nameof(section), section, $"Not a value section (reading {part})."),
        };

        static bool Recognised(string text)
        {
            AssignmentCategories.Parse(text, out var recognised);
            return recognised;
        }
    }

    private sealed class Counter(string value)
    {
        public string Value { get; } = value;

        public int Rows { get; set; }
    }
}
