using System.Globalization;
using Wres.Core;
using Wres.Core.Statistics;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Comparison;

/// <summary>The figures of each section, checked for range: workforce, rows of indicator 1, relative likelihoods and board subsets.</summary>
internal static partial class PreviousReportReader
{
    private static PreviousWorkforce Workforce(WorkforceFiguresDto workforce, Fields fields) => new(
        new PreviousTally(workforce.White?.Value, workforce.Bme?.Value, workforce.Unknown?.Value, workforce.Headcount?.Value),
        fields.Number(workforce.WhitePercent, nameof(WorkforceFiguresDto.WhitePercent)),
        fields.Number(workforce.BmePercent, nameof(WorkforceFiguresDto.BmePercent)),
        fields.Number(workforce.UnknownPercent, nameof(WorkforceFiguresDto.UnknownPercent)),
        fields.Number(workforce.KnownBmePercent, nameof(WorkforceFiguresDto.KnownBmePercent)),
        fields.Number(workforce.DeclarationRate, nameof(WorkforceFiguresDto.DeclarationRate)));

    private static void Representation(RepresentationIndicatorDto indicator, Fields fields, Dictionary<(string, string), PreviousRow> rows)
    {
        var list = indicator.Rows ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"row {i + 1} of {fields.Context}");
            var row = list[i] ?? throw Invalid($"{where} is not an object");
            var segment = row.Segment ?? throw Invalid($"{where} has no \"{ReportJson.Key(nameof(RowDto.Segment))}\"");
            var label = row.Row ?? throw Invalid($"{where} has no \"{ReportJson.Key(nameof(RowDto.Row))}\"");
            var inRow = fields with { Context = where };
            var previous = new PreviousRow(
                new PreviousTally(row.White?.Value, row.Bme?.Value, row.Unknown?.Value, row.Total?.Value),
                row.Applicable,
                inRow.Number(row.WhitePercent, nameof(RowDto.WhitePercent)),
                inRow.Number(row.BmePercent, nameof(RowDto.BmePercent)),
                inRow.Number(row.UnknownPercent, nameof(RowDto.UnknownPercent)));
            if (!rows.TryAdd((segment, label), previous))
            {
                throw Invalid($"in {fields.Context}, the row {Shown(segment)} / {Shown(label)} appears twice");
            }
        }
    }

    private static PreviousLikelihood Likelihood(LikelihoodIndicatorDto indicator, Fields fields)
    {
        ConfidenceInterval? interval = null;
        if (indicator.Ci95 is { } ci)
        {
            var limits = fields.In(nameof(LikelihoodIndicatorDto.Ci95));
            var lower = limits.Number(ci.Lower, nameof(IntervalDto.Lower), 0.0);
            var upper = limits.Number(ci.Upper, nameof(IntervalDto.Upper), 0.0);
            if (lower is { } l)
            {
                // An unbounded upper limit is written as null.
                var u = upper ?? double.PositiveInfinity;
                interval = l <= u ? new ConfidenceInterval(l, u) : throw Invalid($"in {fields.Context}, the 95% confidence interval's lower limit is above its upper limit");
            }
        }

        var reference = ReportJson.Key(nameof(LikelihoodIndicatorDto.White), fields.Standard);
        var focus = ReportJson.Key(nameof(LikelihoodIndicatorDto.Bme), fields.Standard);
        LikelihoodBand? band = indicator.Band switch
        {
            null => null,
            "NonAdverse" => LikelihoodBand.NonAdverse,
            "Undefined" => LikelihoodBand.Undefined,
            var text when text == "AdverseTo" + ReportView.Pascal(focus) => LikelihoodBand.AdverseToFocus,
            var text when text == "AdverseTo" + ReportView.Pascal(reference) => LikelihoodBand.AdverseToReference,
            var text => throw Invalid($"in {fields.Context}, the band \"{Shown(text)}\" is not one of this standard's bands"),
        };

        return new PreviousLikelihood(
            indicator.Orientation,
            Proportion(indicator.White, fields.In(nameof(LikelihoodIndicatorDto.White))),
            Proportion(indicator.Bme, fields.In(nameof(LikelihoodIndicatorDto.Bme))),
            Proportion(indicator.Unknown, fields.In(nameof(LikelihoodIndicatorDto.Unknown))),
            fields.Number(indicator.RelativeLikelihood, nameof(LikelihoodIndicatorDto.RelativeLikelihood), 0.0),
            interval,
            fields.Number(indicator.PValue, nameof(LikelihoodIndicatorDto.PValue), 0.0, 1.0),
            band,
            indicator.SmallNumbers,
            indicator.Rolling);

        static PreviousProportion Proportion(GroupLikelihoodDto? group, Fields fields) => group is null
            ? new PreviousProportion(null, null, null)
            : new PreviousProportion(group.Events?.Value, group.Base?.Value, fields.Number(group.Likelihood, nameof(GroupLikelihoodDto.Likelihood), 0.0));
    }

    private static PreviousSubset Subset(BoardSubsetDto? subset, Fields fields) => subset is null
        ? new PreviousSubset(new PreviousTally(null, null, null, null), null, null)
        : new PreviousSubset(
            new PreviousTally(subset.White?.Value, subset.Bme?.Value, subset.Unknown?.Value, subset.Members?.Value),
            fields.Number(subset.BmePercent, nameof(BoardSubsetDto.BmePercent)),
            fields.Number(subset.DifferencePercentagePoints, nameof(BoardSubsetDto.DifferencePercentagePoints)));

    /// <summary>
    /// The fields of one object of the report, with where it is for messages: <paramref name="Context"/> (for
    /// example <c>indicator 2</c>) and the keys on the way to it (for example <c>white.</c>).
    /// </summary>
    private readonly record struct Fields(EqualityStandard Standard, string Context, string Path)
    {
        /// <summary>The fields of an object under a property of this one.</summary>
        public Fields In(string property) => this with { Path = Path + ReportJson.Key(property, Standard) + "." };

        public double? Number(ReportNumber? value, string property, double minimum = -Largest, double maximum = Largest) =>
            value is not { } number ? null
            : number.Double >= minimum && number.Double <= maximum ? number.Double
            : throw Wrong(property, Range(minimum, maximum));

        public decimal? Decimal(ReportNumber? value, string property) =>
            value is not { } number ? null
            : number.Decimal is { } exact && Math.Abs(exact) <= (decimal)Largest ? exact
            : throw Wrong(property, ContractExpectation.Number);

        private static string Range(double minimum, double maximum) =>
            minimum <= -Largest ? ContractExpectation.Number
            : maximum >= Largest ? string.Create(CultureInfo.InvariantCulture, $"a number of at least {minimum}")
            : string.Create(CultureInfo.InvariantCulture, $"a number from {minimum} to {maximum}");

        private FormatException Wrong(string property, string expected) =>
            Invalid((Context.Length == 0 ? string.Empty : $"in {Context}, ") + $"\"{Path}{ReportJson.Key(property, Standard)}\" is not {expected}");
    }
}
