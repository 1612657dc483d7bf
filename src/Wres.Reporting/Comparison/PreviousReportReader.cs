using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Wres.Core;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Comparison;

/// <summary>
/// Reads a <c>wres-report/1</c> JSON document into a <see cref="PreviousReport"/> through the report contract
/// (<see cref="ReportDto"/>, the same types the writer writes): strict about types (a field that is there must hold
/// what the schema says), lenient about absence (a missing field is unknown), and every problem a
/// <see cref="FormatException"/> with one readable sentence. Reports written before indicators had a <c>kind</c>,
/// and published reports that showed a suppressed count as text (<c>*</c>, <c>&lt;5</c>), read as well.
/// </summary>
internal static partial class PreviousReportReader
{
    /// <summary>How every message about a report that cannot be read starts.</summary>
    internal const string Prefix = "The previous report is not a wres-report/1 report: ";

    /// <summary>The largest magnitude accepted for any number: far beyond any real figure, well within decimal.</summary>
    private const double Largest = 1e15;

    public static FormatException NotValidJson(JsonException e)
    {
        var where = e.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})")
            : string.Empty;
        return new FormatException(Prefix + "it is not valid JSON" + where + ".", e);
    }

    public static PreviousReport Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("it is not a JSON object");
        }

        var identity = Deserialize<ReportIdentityDto>(root, EqualityStandard.Wres);
        var standard = Identify(identity.Schema, identity.Standard);
        return Read(Deserialize<ReportDto>(root, standard), standard, nested: false);
    }

    /// <summary>The contract object of a document, read with the standard's keys; a field of the wrong type is a <see cref="FormatException"/> that names it.</summary>
    private static T Deserialize<T>(JsonElement root, EqualityStandard standard)
    {
        try
        {
            return root.Deserialize(ReportJson.TypeInfo<T>(standard))!;
        }
        catch (JsonException e)
        {
            throw Invalid(ContractError.Describe(e, root, ReportJson.Options(standard)));
        }
    }

    /// <summary>The standard of a report, once its schema is known to be <c>wres-report/1</c>.</summary>
    private static EqualityStandard Identify(string? schema, string? standard)
    {
        if (schema is null)
        {
            throw Invalid($"it has no \"{ReportJson.Key(nameof(ReportDto.Schema))}\" field");
        }

        if (schema == ReportJson.DataQualitySchema)
        {
            throw Invalid($"it is a data-quality report ({ReportJson.DataQualitySchema}, written by wres validate), which has no indicators");
        }

        if (schema != ReportJson.Schema)
        {
            throw Invalid($"its schema is \"{Shown(schema)}\"");
        }

        return standard switch
        {
            "wres" => EqualityStandard.Wres,
            "wdes" => EqualityStandard.Wdes,
            null => throw Invalid($"it has no \"{ReportJson.Key(nameof(ReportDto.Standard))}\" field"),
            var other => throw Invalid($"its standard is \"{Shown(other)}\", not \"wres\" or \"wdes\""),
        };
    }

    private static PreviousReport Read(ReportDto report, EqualityStandard standard, bool nested)
    {
        var period = Period(report.Period);
        var top = new Fields(standard, string.Empty, string.Empty);
        var workforce = report.Workforce.Value is { } figures ? Workforce(figures, top.In(nameof(ReportDto.Workforce))) : null;
        var indicators = report.Indicators ?? throw Invalid($"it has no \"{ReportJson.Key(nameof(ReportDto.Indicators))}\" list");
        var rows = new Dictionary<(string, string), PreviousRow>();
        var likelihoods = new Dictionary<string, PreviousLikelihood>(StringComparer.Ordinal);
        var surveys = new Dictionary<string, PreviousSurvey>(StringComparer.Ordinal);
        var boards = new Dictionary<string, PreviousBoard>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            var entry = string.Create(CultureInfo.InvariantCulture, $"entry {i + 1} of \"{ReportJson.Key(nameof(ReportDto.Indicators))}\"");
            var indicator = indicators[i] ?? throw Invalid($"{entry} is not an object");
            var id = indicator.Id ?? throw Invalid($"{entry} has no \"{ReportJson.Key(nameof(IndicatorDto.Id))}\"");
            if (!ids.Add(id))
            {
                throw Invalid($"indicator {Shown(id)} appears twice");
            }

            if (indicator.Status == ReportJson.NotProvided)
            {
                continue;
            }

            var fields = new Fields(standard, $"indicator {Shown(id)}", string.Empty);
            switch (indicator)
            {
                case RepresentationIndicatorDto representation:
                    Representation(representation, fields, rows);
                    break;
                case LikelihoodIndicatorDto likelihood:
                    likelihoods.Add(id, Likelihood(likelihood, fields));
                    break;
                case SurveyIndicatorDto survey:
                    // A score (the WDES engagement score) has its own keys; a report written before they existed has the percentage keys.
                    var scored = survey.WhiteScore.HasValue || survey.BmeScore.HasValue || survey.GapPoints.HasValue;
                    surveys.Add(id, new PreviousSurvey(
                        scored ? fields.Decimal(survey.WhiteScore.Value, nameof(SurveyIndicatorDto.WhiteScore)) : fields.Decimal(survey.WhitePercent.Value, nameof(SurveyIndicatorDto.WhitePercent)),
                        scored ? fields.Decimal(survey.BmeScore.Value, nameof(SurveyIndicatorDto.BmeScore)) : fields.Decimal(survey.BmePercent.Value, nameof(SurveyIndicatorDto.BmePercent)),
                        scored ? fields.Decimal(survey.GapPoints.Value, nameof(SurveyIndicatorDto.GapPoints)) : fields.Decimal(survey.GapPercentagePoints.Value, nameof(SurveyIndicatorDto.GapPercentagePoints)),
                        survey.WhiteRespondents?.Value,
                        survey.BmeRespondents?.Value));
                    break;
                case BoardIndicatorDto board:
                    boards.Add(id, new PreviousBoard(
                        Subset(board.Total, fields.In(nameof(BoardIndicatorDto.Total))),
                        Subset(board.Voting, fields.In(nameof(BoardIndicatorDto.Voting))),
                        board.NonVoting is null ? null : Subset(board.NonVoting, fields.In(nameof(BoardIndicatorDto.NonVoting))),
                        Subset(board.Executive, fields.In(nameof(BoardIndicatorDto.Executive))),
                        board.NonExecutive is null ? null : Subset(board.NonExecutive, fields.In(nameof(BoardIndicatorDto.NonExecutive)))));
                    break;
            }
        }

        var organisations = nested || report.Organisations is null
            ? new Dictionary<string, PreviousReport>(StringComparer.Ordinal)
            : Organisations(report.Organisations, standard, period);
        return new PreviousReport(standard, period, report.Organisation, report.Published ?? false, workforce, rows, likelihoods, surveys, boards, organisations);
    }

    /// <summary>
    /// The per-organisation reports of a roll-up (its <c>organisations</c> list), by organisation code: each a full
    /// report of the same standard and period as the combined one.
    /// </summary>
    private static Dictionary<string, PreviousReport> Organisations(IReadOnlyList<ReportDto> list, EqualityStandard standard, DateInterval period)
    {
        var organisations = new Dictionary<string, PreviousReport>(StringComparer.Ordinal);
        var key = ReportJson.Key(nameof(ReportDto.Organisations));
        for (var i = 0; i < list.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"entry {i + 1} of \"{key}\"");
            var entry = list[i] ?? throw Invalid($"{where} is not an object");
            var code = entry.Organisation;
            if (string.IsNullOrWhiteSpace(code))
            {
                throw Invalid($"{where} has no \"{ReportJson.Key(nameof(ReportDto.Organisation))}\" code");
            }

            PreviousReport report;
            try
            {
                var entryStandard = Identify(entry.Schema, entry.Standard);
                report = Read(entry, entryStandard, nested: true);
            }
            catch (FormatException e) when (e.Message.StartsWith(Prefix, StringComparison.Ordinal))
            {
                var reason = e.Message[Prefix.Length..].TrimEnd('.');
                throw Invalid($"in the report of organisation {Shown(code)}, {reason}");
            }

            if (report.Standard != standard || report.Period != period)
            {
                throw Invalid($"the report of organisation {Shown(code)} is not for the same standard and period as the combined report");
            }

            if (!organisations.TryAdd(code, report))
            {
                throw Invalid($"organisation {Shown(code)} appears twice in \"{key}\"");
            }
        }

        return organisations;
    }

    private static DateInterval Period(PeriodDto? period)
    {
        if (period is null)
        {
            throw Invalid($"it has no \"{ReportJson.Key(nameof(ReportDto.Period))}\"");
        }

        var start = Date(period.Start, nameof(PeriodDto.Start));
        var end = Date(period.End, nameof(PeriodDto.End));
        return end < start
            ? throw Invalid("its period ends before it starts")
            : new DateInterval(start, end);

        static LocalDate Date(string? text, string property)
        {
            var name = ReportJson.Key(property);
            if (text is null)
            {
                throw Invalid($"its period has no \"{name}\" date");
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw Invalid($"the period's \"{name}\" is not a date like 2025-03-31");
        }
    }

    private static FormatException Invalid(string reason) => new(Prefix + reason + ".");

    /// <summary>Text from the file as it may appear in a message: one line, at most 40 characters.</summary>
    private static string Shown(string text)
    {
        var line = TextSafety.SingleLine(text);
        return line.Length <= 40 ? line : line[..40] + "…";
    }
}
