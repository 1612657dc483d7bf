using System.Globalization;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the pay gap report as CSV, one figure per line (<c>organisation,characteristic,reference,focus,measure,group,value</c>),
/// numbers unrounded and as numbers, text cells neutralised against formula injection; a suppressed figure is an empty
/// value with <c>suppressed</c> in the last column.
/// </summary>
internal sealed class PayGapCsvWriter(TextWriter output)
{
    public void Write(PayGapsReportDto report)
    {
        output.Write("organisation,characteristic,reference,focus,measure,group,value,note\r\n");
        Report(report);
        foreach (var organisation in report.Organisations ?? [])
        {
            Report(organisation);
        }
    }

    private void Report(PayGapsReportDto report)
    {
        foreach (var gap in report.PayGaps ?? [])
        {
            void Line(string measure, string group, double? value, bool suppressed) =>
                Emit(report.Organisation, gap, measure, group, value, suppressed ? "suppressed" : value is null ? "undefined" : null);

            bool IsSuppressed(string measure) => gap.Suppressed?.Contains(measure) == true;

            Counts("relevant", gap.Relevant);
            Counts("fullPayRelevant", gap.FullPayRelevant);
            Counts("bonusRecipients", gap.BonusRecipients);
            Line("meanHourly", "reference", gap.MeanHourly?.Reference, IsSuppressed("meanHourly"));
            Line("meanHourly", "focus", gap.MeanHourly?.Focus, IsSuppressed("meanHourly"));
            Line("medianHourly", "reference", gap.MedianHourly?.Reference, IsSuppressed("medianHourly"));
            Line("medianHourly", "focus", gap.MedianHourly?.Focus, IsSuppressed("medianHourly"));
            Line("meanHourlyGap", string.Empty, gap.MeanHourlyGap, IsSuppressed("meanHourlyGap"));
            Line("medianHourlyGap", string.Empty, gap.MedianHourlyGap, IsSuppressed("medianHourlyGap"));
            Line("meanBonusGap", string.Empty, gap.MeanBonusGap, IsSuppressed("meanBonusGap"));
            Line("medianBonusGap", string.Empty, gap.MedianBonusGap, IsSuppressed("medianBonusGap"));
            Line("bonusProportion", "reference", gap.BonusProportion?.Reference, IsSuppressed("bonusProportion"));
            Line("bonusProportion", "focus", gap.BonusProportion?.Focus, IsSuppressed("bonusProportion"));
            if (gap.Previous is { } previous)
            {
                Line("previousMeanHourlyGap", string.Empty, previous.MeanHourlyGap, false);
                Line("previousMedianHourlyGap", string.Empty, previous.MedianHourlyGap, false);
                Line("changeMeanHourlyGap", string.Empty, gap.Change?.MeanHourlyGap, false);
                Line("changeMedianHourlyGap", string.Empty, gap.Change?.MedianHourlyGap, false);
            }

            foreach (var quartile in gap.Quartiles ?? [])
            {
                var q = "quartile" + quartile.Quartile.ToString(CultureInfo.InvariantCulture);
                Line(q, "people", quartile.People, quartile.People is null);
                Line(q, "referencePercent", quartile.ReferencePercent, false);
                Line(q, "focusPercent", quartile.FocusPercent, false);
                Line(q, "unknownPercent", quartile.UnknownPercent, false);
            }

            foreach (var band in gap.ByBand ?? [])
            {
                var suppressed = band.Suppressed is { Count: > 0 };
                Line("band:" + band.Band + ":meanHourlyGap", string.Empty, band.MeanHourlyGap, suppressed);
                Line("band:" + band.Band + ":medianHourlyGap", string.Empty, band.MedianHourlyGap, suppressed);
            }

            void Counts(string measure, PayCountsDto? counts)
            {
                Line(measure, "reference", counts?.Reference, counts?.Reference is null);
                Line(measure, "focus", counts?.Focus, counts?.Focus is null);
                Line(measure, "unknown", counts?.Unknown, counts?.Unknown is null);
            }
        }
    }

    private void Emit(string? organisation, PayGapDto gap, string measure, string group, double? value, string? note)
    {
        output.Write(Text(organisation));
        output.Write(',');
        output.Write(Text(gap.Characteristic));
        output.Write(',');
        output.Write(Text(gap.Reference));
        output.Write(',');
        output.Write(Text(gap.Focus));
        output.Write(',');
        output.Write(Text(measure));
        output.Write(',');
        output.Write(Text(group));
        output.Write(',');
        output.Write(value is { } v && double.IsFinite(v) ? Numbers.Exact(v) : string.Empty);
        output.Write(',');
        output.Write(Text(note));
        output.Write("\r\n");
    }

    /// <summary>A text cell: cleaned, a leading <c>= + - @</c> neutralised with <c>'</c>, quoted when it must be.</summary>
    private static string Text(string? value)
    {
        var text = TextSafety.Clean(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
