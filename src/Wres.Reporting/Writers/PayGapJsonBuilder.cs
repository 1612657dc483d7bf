using System.Globalization;
using Wres.Core.PayGaps;
using Wres.Core.Publication;
using Wres.Core.Validation;
using Wres.Reporting.Contract;

namespace Wres.Reporting.Writers;

/// <summary>
/// Builds the pay gap contract (<see cref="PayGapsReportDto"/>) from a report: every figure unrounded, suppressed and
/// undefined measures <see langword="null"/> and named, and under <c>--publish</c> every count through disclosure
/// control. The text, Markdown, HTML and CSV writers lay out the same DTO, so every format shows the same figures.
/// </summary>
internal static class PayGapJsonBuilder
{
    public const string Schema = "wres-report/1";

    public static PayGapsReportDto Build(PayGapReport report, PayGapWriterOptions options, PreviousPayGaps? previous)
    {
        var control = options.Publish ? new DisclosureControl(options.Disclosure) : null;
        var gaps = new List<PayGapDto>(report.Gaps.Count);
        foreach (var gap in report.Gaps)
        {
            gaps.Add(Gap(gap, control, previous));
        }

        return new PayGapsReportDto
        {
            Schema = Schema,
            Organisation = report.Organisation,
            Snapshot = report.Snapshot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Published = options.Publish,
            SuppressionThreshold = report.SuppressionThreshold,
            DefaultPayPeriodDays = report.DefaultPayPeriodDays,
            EthnicityBasis = report.EthnicityBasis.ToString(),
            RelevantEmployees = Count(report.RelevantEmployees, control),
            FullPayRelevantEmployees = Count(report.FullPayRelevantEmployees, control),
            PayGaps = gaps,
            DataQuality = options.Publish ? null : Quality(report.DataQuality), // row totals would give suppressed counts away
        };
    }

    public static PayGapsReportDto Build(PayGapRollUpReport rollUp, PayGapWriterOptions options)
    {
        var previous = options.CompareWith;
        var organisations = new List<PayGapsReportDto>(rollUp.Organisations.Count);
        foreach (var organisation in rollUp.Organisations)
        {
            organisations.Add(Build(organisation, options, previous?.For(organisation.Organisation)));
        }

        return Build(rollUp.Combined, options, previous) with { Organisations = organisations };
    }

    /// <summary>A measure's name as the contract spells it (<c>meanHourlyGap</c>).</summary>
    public static string MeasureName(PayGapMeasure measure)
    {
        var name = measure.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static PayGapDto Gap(PayGapResult gap, DisclosureControl? control, PreviousPayGaps? previous)
    {
        var bands = new List<PayBandDto>(gap.ByBand.Count);
        foreach (var band in gap.ByBand)
        {
            bands.Add(new PayBandDto
            {
                Band = band.Band.ReportLabel,
                FullPayRelevant = Counts(band.FullPayRelevant, control),
                MeanHourly = Figures(band.MeanHourly),
                MedianHourly = Figures(band.MedianHourly),
                MeanHourlyGap = band.MeanHourlyGap.Percent,
                MedianHourlyGap = band.MedianHourlyGap.Percent,
                Suppressed = Names(band.Suppressed),
            });
        }

        var quartiles = new List<PayQuartileDto>(gap.Quartiles.Count);
        foreach (var quartile in gap.Quartiles)
        {
            quartiles.Add(new PayQuartileDto
            {
                Quartile = quartile.Quartile,
                People = Count(quartile.People, control),
                ReferencePercent = Shown(quartile.ReferencePercent, control, 1),
                FocusPercent = Shown(quartile.FocusPercent, control, 1),
                UnknownPercent = Shown(quartile.UnknownPercent, control, 1),
            });
        }

        var undefined = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Undefined(undefined, PayGapMeasure.MeanHourlyGap, gap.MeanHourlyGap);
        Undefined(undefined, PayGapMeasure.MedianHourlyGap, gap.MedianHourlyGap);
        Undefined(undefined, PayGapMeasure.MeanBonusGap, gap.MeanBonusGap);
        Undefined(undefined, PayGapMeasure.MedianBonusGap, gap.MedianBonusGap);
        var relevant = Counts(gap.Relevant, control);
        var dto = new PayGapDto
        {
            Characteristic = gap.Characteristic.ToString().ToLowerInvariant(),
            Reference = gap.Reference.ToString(),
            Focus = gap.Focus.ToString(),
            Relevant = relevant,
            FullPayRelevant = Counts(gap.FullPayRelevant, control),
            BonusRecipients = Counts(gap.BonusRecipients, control),
            UndisclosedPercent = relevant.Unknown is null ? null : Shown(gap.UndisclosedPercent, control, 1), // a suppressed count is not to be recovered from its share
            MeanHourly = Figures(gap.MeanHourly),
            MedianHourly = Figures(gap.MedianHourly),
            MeanHourlyGap = gap.MeanHourlyGap.Percent,
            MedianHourlyGap = gap.MedianHourlyGap.Percent,
            MeanBonusGap = gap.MeanBonusGap.Percent,
            MedianBonusGap = gap.MedianBonusGap.Percent,
            BonusProportion = Figures(gap.BonusProportion),
            Quartiles = quartiles,
            ByBand = bands,
            Suppressed = Names(gap.Suppressed),
            UndefinedReasons = undefined,
        };
        return previous?.Find(dto) is { } last
            ? dto with { Previous = last, Change = Change(dto, last) }
            : dto;
    }

    private static PayGapChangeDto Change(PayGapDto now, PayGapChangeDto last) => new()
    {
        MeanHourlyGap = now.MeanHourlyGap - last.MeanHourlyGap,
        MedianHourlyGap = now.MedianHourlyGap - last.MedianHourlyGap,
        MeanBonusGap = now.MeanBonusGap - last.MeanBonusGap,
        MedianBonusGap = now.MedianBonusGap - last.MedianBonusGap,
    };

    private static void Undefined(SortedDictionary<string, string> reasons, PayGapMeasure measure, PayGap gap)
    {
        if (!gap.IsSuppressed && gap.UndefinedReason != PayGapUndefinedReason.None)
        {
            reasons[MeasureName(measure)] = gap.UndefinedReason switch
            {
                PayGapUndefinedReason.ReferenceGroupEmpty => "The reference group has nobody in it.",
                PayGapUndefinedReason.FocusGroupEmpty => "The focus group has nobody in it.",
                _ => "The reference group's average is 0, so there is nothing to divide by.",
            };
        }
    }

    private static List<string> Names(IReadOnlyList<SuppressedMeasure> suppressed)
    {
        var names = new List<string>(suppressed.Count);
        foreach (var measure in suppressed)
        {
            names.Add(MeasureName(measure.Measure));
        }

        return names;
    }

    private static PayFiguresDto Figures(GroupFigures figures) => new() { Reference = figures.Reference, Focus = figures.Focus };

    private static PayCountsDto Counts(PayGroupCounts counts, DisclosureControl? control) => new()
    {
        Reference = Count(counts.Reference, control),
        Focus = Count(counts.Focus, control),
        Unknown = Count(counts.Unknown, control),
    };

    /// <summary>A figure as shown: unrounded, or at the page's precision when publishing.</summary>
    private static double? Shown(double? value, DisclosureControl? control, int decimals) =>
        control is null || value is not { } v ? value : Math.Round(v, decimals, MidpointRounding.AwayFromZero);

    private static int? Count(int count, DisclosureControl? control) => control is null ? count : control.Apply(count).Value;

    private static DataQualityDto Quality(DataQualityReport quality)
    {
        var files = new List<SourceQualityDto>(quality.Sources.Count);
        foreach (var source in quality.Sources)
        {
            var exclusions = new List<ExclusionDto>(source.Exclusions.Count);
            foreach (var exclusion in source.Exclusions)
            {
                exclusions.Add(new ExclusionDto { Rule = exclusion.Rule.ToString(), Detail = exclusion.Detail, Rows = exclusion.Rows });
            }

            var issues = new List<IssueDto>(source.Issues.Count);
            foreach (var issue in source.Issues)
            {
                issues.Add(new IssueDto { Line = issue.Line, Column = issue.Column, Code = issue.Code, Severity = issue.Severity.ToString(), Message = issue.Message, Occurrences = issue.Occurrences });
            }

            files.Add(new SourceQualityDto
            {
                File = source.Source,
                RowsRead = source.RowsRead,
                RowsCounted = source.RowsCounted,
                RowsExcluded = source.RowsExcluded,
                RowsRejected = source.RowsRejected,
                Reconciles = source.Reconciles,
                Exclusions = exclusions,
                Issues = issues,
                IssuesOmitted = source.IssuesOmitted,
            });
        }

        return new DataQualityDto { HasRejections = quality.HasRejections, Files = files };
    }
}
