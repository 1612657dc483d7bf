using Wres.Core;
using Wres.Core.Validation;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>
/// Reads the staff survey file. The group says which standard a row belongs to (White / BME or the
/// configured label for the WRES, Disabled / Non-disabled for the WDES); rows of the other standard are
/// excluded by a named rule, since one file may hold both.
/// </summary>
internal static class SurveyParser
{
    private const int Indicator = 0;
    private const int Group = 1;
    private const int Percent = 2;
    private const int Respondents = 3;
    private const int Positive = 4;

    public static void Parse<TSink>(CsvTable table, Classifiers classifiers, EqualityStandard standard, TSink sink)
        where TSink : IRowSink
    {
        var schema = Columns.Survey;
        var tally = sink.TallyFor([]);

        // A survey file is a few dozen rows: they are held until the end, to tell percentages from proportions.
        var rows = new List<Pending>();
        var anySign = false;
        var allProportions = true;
        while (table.Read(tally))
        {
            var record = table.Record;
            var line = table.Line;
            // Stryker disable once Logical,Block,Statement : each rule in turn; without the continue, or with &&, a value read later could be unassigned (does not compile)
            if (!RowChecks.FieldCount(table, tally)
                || !RowChecks.Required(record, tally, schema, Indicator, out var indicator)
                || !RowChecks.Required(record, tally, schema, Group, out var groupText))
            {
                continue;
            }

            var (groupStandard, group) = classifiers.SurveyGroup(groupText);
            if (groupStandard == EqualityStandard.Unknown)
            {
                tally.Reject(line, "Group", WresErrorCodes.UnknownSurveyGroup,
                    $"Group {Fields.Quote(groupText)} is not White, {classifiers.Settings.BmeLabel}, Disabled or Non-disabled.");
                continue;
            }

            if (groupStandard != standard)
            {
                tally.Exclude(ExclusionRule.SurveyRowOfOtherStandard, groupStandard.ToString().ToUpperInvariant());
                continue;
            }

            if (RecordRules.KnownSurveyIndicator(standard) is var known && !known.Allows(Fields.Text(indicator)))
            {
                tally.Reject(line, known);
                continue;
            }

            if (!RowChecks.Required(record, tally, schema, Percent, out var percentText))
            {
                continue;
            }

            var sign = percentText[^1] == (byte)'%';
            if (!Fields.TryDecimal(sign ? Fields.Trim(percentText[..^1]) : percentText, out var percent))
            {
                tally.Reject(line, "Percent", WresErrorCodes.InvalidNumber, $"Percent {Fields.Quote(percentText)} is not a number.");
                continue;
            }

            if (!RecordRules.PercentInRange.Allows(percent))
            {
                tally.Reject(line, RecordRules.PercentInRange);
                continue;
            }

            // Stryker disable once Logical,Block,Statement : each rule in turn; without the continue, or with &&, a value read later could be unassigned (does not compile)
            if (!RowChecks.OptionalCount(record, tally, schema, Respondents, out var respondents)
                || !RowChecks.OptionalCount(record, tally, schema, Positive, out var positive))
            {
                continue;
            }

            if (!RecordRules.SurveyCountsConsistent.Allows((respondents, positive)))
            {
                tally.Reject(line, RecordRules.SurveyCountsConsistent);
                continue;
            }

            anySign |= sign;
            allProportions &= percent <= 1m;
            rows.Add(new Pending(indicator.ToArray(), group, percent, respondents, positive, line));
        }

        // A file whose every Percent is between 0 and 1 (none written with a % sign) holds proportions.
        var scale = rows.Count > 0 && allProportions && !anySign;
        if (scale)
        {
            tally.AddFileFinding(WresErrorCodes.SurveyProportions, IssueSeverity.Note,
                $"Every Percent in the file is between 0 and 1, so the values were read as proportions and multiplied by 100 ({rows.Count} rows).");
        }

        foreach (var row in rows)
        {
            sink.Add(new SurveyRow { Indicator = row.Indicator, Group = row.Group, Percent = scale ? row.Percent * 100m : row.Percent, Respondents = row.Respondents, Positive = row.Positive, Line = row.Line }, tally);
        }
    }

    private sealed record Pending(byte[] Indicator, ComparisonGroup Group, decimal Percent, int? Respondents, int? Positive, int Line);
}
