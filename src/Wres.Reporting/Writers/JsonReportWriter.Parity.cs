using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>
/// Issue 11's additions to the contract: people to parity on indicator 1's rows and the likelihood indicators, the rows
/// and the workforce by detailed ethnic group (<c>--detail</c>), and the Model Employer trajectory.
/// </summary>
internal sealed partial class JsonReportWriter
{
    /// <summary>An indicator 1 row with its people to parity and, when asked for, its detailed groups.</summary>
    private RowDto WithParityAndDetail(RowDto dto, RepresentationRow row)
    {
        var (parity, withheld) = ParityFigures.FocusToParity(_view, row);
        return dto with { BmeToParity = parity, BmeToParitySuppressed = withheld ? true : null, Detail = Detail(row) };
    }

    /// <summary>A likelihood indicator with its people to parity and to the band (withheld with the ratio when publishing).</summary>
    private LikelihoodIndicatorDto WithParity(LikelihoodIndicatorDto dto, LikelihoodView likelihood, LikelihoodFigures figures)
    {
        var parity = ParityFigures.Likelihood(likelihood, figures);
        var withheld = _view.Publish && figures.Withheld ? true : (bool?)null;
        return dto with
        {
            ToParity = parity?.ToParity,
            ToParitySuppressed = withheld,
            ParityBeyondReach = parity is { ParityBeyondReach: true } ? true : null,
            ToBand = parity?.ToBand,
            ToBandSuppressed = withheld,
            BandBeyondReach = parity is { BandBeyondReach: true } ? true : null,
        };
    }

    /// <summary>A row (the whole-workforce row for the workforce) by detailed ethnic group; <see langword="null"/> unless asked for.</summary>
    private DetailDto? Detail(RepresentationRow? row)
    {
        if (!_view.Detail || row is null || _view.Figures.Detail(row) is not { } detail)
        {
            return null;
        }

        return new DetailDto
        {
            WhiteBritish = Count(detail[DetailedEthnicGroup.WhiteBritish]),
            WhiteIrish = Count(detail[DetailedEthnicGroup.WhiteIrish]),
            WhiteOther = Count(detail[DetailedEthnicGroup.WhiteOther]),
            Mixed = Count(detail[DetailedEthnicGroup.Mixed]),
            Asian = Count(detail[DetailedEthnicGroup.Asian]),
            Black = Count(detail[DetailedEthnicGroup.Black]),
            Chinese = Count(detail[DetailedEthnicGroup.Chinese]),
            Other = Count(detail[DetailedEthnicGroup.Other]),
            Unknown = Count(detail[DetailedEthnicGroup.Unknown]),
        };
    }

    /// <summary>
    /// The Model Employer trajectory: absent for a WDES report or one without a workforce; withheld when publishing
    /// (as every format withholds it: it is worked out from exact band counts).
    /// </summary>
    private (Optional<ModelEmployerDto?> Trajectory, bool? Suppressed) ModelEmployer()
    {
        if (_view.ModelEmployerTrajectory is not { } trajectory)
        {
            return (default, null);
        }

        if (_view.Publish)
        {
            return (new Optional<ModelEmployerDto?>(null), true);
        }

        var bands = new List<ModelEmployerBandDto>(trajectory.Bands.Count);
        foreach (var band in trajectory.Bands)
        {
            bands.Add(new ModelEmployerBandDto
            {
                Band = band.Band.ReportLabel,
                Headcount = band.Headcount,
                Bme = band.Bme,
                BaselineBme = band.BaselineBme,
                Target = band.Target,
                Milestones = [.. band.Milestones.Select(m => new ModelEmployerMilestoneDto { Year = ReportView.YearEndingText(m.YearEnding), Bme = m.Bme })],
                Gap = band.Gap,
            });
        }

        return (new Optional<ModelEmployerDto?>(new ModelEmployerDto
        {
            TargetYear = trajectory.TargetYear,
            BaselineYear = ReportView.YearEndingText(trajectory.BaselineYear),
            TargetShare = ReportNumber.Of(trajectory.TargetShare),
            ShareBasis = trajectory.ShareBasis.ToString(),
            Bands = bands,
        }), null);
    }
}
