using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Survey;

/// <summary>
/// Collects the staff survey results of one standard: one per measure and group. When a measure and
/// group appear twice, the row on the earlier line is used and the other is rejected, whatever order
/// the rows (or merged shards) arrive in.
/// </summary>
internal sealed class SurveyAccumulator : IRecordPart<SurveyResult>
{
    private const string DuplicateMessage = "This indicator and group already appear on an earlier line; only the first is used.";
    private readonly EqualityStandard _standard;
    private readonly Dictionary<(string Measure, ComparisonGroup Group), (SurveyResult Result, int Line)> _results = [];

    public SurveyAccumulator(EqualityStandard standard, SourceTally tally)
    {
        _standard = standard;
        Tally = tally;
    }

    public SourceTally Tally { get; private set; }

    /// <summary>Adds one result: false when a record rule rejects it; a later duplicate of a measure and group is rejected afterwards.</summary>
    public bool Add(SurveyResult result, int line)
    {
        if (RecordRules.Check(result, _standard) is { } violation)
        {
            Tally.Reject(line, violation.Column, violation.Code, violation.Message);
            return false;
        }

        Tally.Count();
        if (result is { Respondents: > 0 and var respondents, Positive: { } positive }
            && Math.Abs((positive * 100m / respondents) - result.Percent) > 0.5m)
        {
            Tally.Warn(line, ColumnNames.Percent, WresErrorCodes.SurveyPercentDiffers,
                "Percent differs from Positive / Respondents by more than half a point; the counts are used.");
        }

        Keep(result, line);
        return true;
    }

    public void Merge(IInputPart other, int lineOffset)
    {
        var survey = (SurveyAccumulator)other;
        if (ReferenceEquals(this, survey))
        {
            throw new ArgumentException("A part cannot be merged into itself.", nameof(other));
        }

        Tally.Merge(survey.Tally, lineOffset);
        foreach (var (result, line) in survey._results.Values)
        {
            Keep(result, line + lineOffset);
        }
    }

    public void Reserve(IReadOnlyList<IInputPart> others)
    {
    }

    public void Release()
    {
    }

    public void HandOverTally() => Tally = Tally.HandOver();

    /// <summary>Keeps the earlier of two counted rows for the same measure and group; the later one becomes rejected.</summary>
    private void Keep(SurveyResult result, int line)
    {
        SurveyMeasure.TryFind(_standard, result.Indicator, out var measure);
        var key = (measure!.Id, result.Group);
        if (!_results.TryGetValue(key, out var existing))
        {
            _results.Add(key, (result, line));
            return;
        }

        var later = Math.Max(existing.Line, line);
        if (line < existing.Line)
        {
            _results[key] = (result, line);
        }

        Tally.CountedThenRejected(later, ColumnNames.Indicator, WresErrorCodes.DuplicateSurveyResult, DuplicateMessage);
    }

    public SurveyResult? Find(SurveyMeasure measure, ComparisonGroup group) =>
        _results.TryGetValue((measure.Id, group), out var found) ? found.Result : null;
}
