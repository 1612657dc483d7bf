using Wres.Core.Indicators;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core;

/// <summary>
/// A complete WRES (or WDES) report: every indicator with its statistics, the workforce summary and
/// the data-quality findings for every input. Immutable; numbers are unrounded.
/// </summary>
public sealed class WresReport
{
    internal WresReport(
        EqualityStandard standard,
        string? organisation,
        ReportingYear year,
        string referenceLabel,
        string focusLabel,
        GroupTally? workforce,
        IReadOnlyDictionary<SelectionRule, int> selection,
        RepresentationResult representation,
        LikelihoodIndicatorResult appointment,
        LikelihoodIndicatorResult formalProcess,
        LikelihoodIndicatorResult? training,
        IReadOnlyList<SurveyIndicatorResult> survey,
        BoardResult board,
        DataQualityReport dataQuality)
    {
        Standard = standard;
        Organisation = organisation;
        Year = year;
        ReferenceLabel = referenceLabel;
        FocusLabel = focusLabel;
        Workforce = workforce;
        Selection = selection;
        Representation = representation;
        Appointment = appointment;
        FormalProcess = formalProcess;
        Training = training;
        Survey = survey;
        Board = board;
        DataQuality = dataQuality;
    }

    /// <summary>The standard: WRES or WDES.</summary>
    public EqualityStandard Standard { get; }

    /// <summary>The characteristic the standard compares.</summary>
    public ProtectedCharacteristic Characteristic =>
        Standard == EqualityStandard.Wdes ? ProtectedCharacteristic.Disability : ProtectedCharacteristic.Ethnicity;

    /// <summary>The organisation's name, when given.</summary>
    public string? Organisation { get; }

    /// <summary>The reporting year and snapshot date.</summary>
    public ReportingYear Year { get; }

    /// <summary>The reference group's name: <c>White</c> or <c>Non-disabled</c>.</summary>
    public string ReferenceLabel { get; }

    /// <summary>The focus group's name: the configured BME label (<b>Default</b> <c>BME</c>) or <c>Disabled</c>.</summary>
    public string FocusLabel { get; }

    /// <summary>The workforce at the snapshot by group; <see langword="null"/> when no staff input was supplied.</summary>
    public GroupTally? Workforce { get; }

    /// <summary>How many people each assignment-selection rule decided (empty without staff input).</summary>
    public IReadOnlyDictionary<SelectionRule, int> Selection { get; }

    /// <summary>Indicator 1 (WDES metric 1): representation by band, grade group or cluster.</summary>
    public RepresentationResult Representation { get; }

    /// <summary>Indicator 2: relative likelihood of appointment from shortlisting (reference ÷ focus).</summary>
    public LikelihoodIndicatorResult Appointment { get; }

    /// <summary>Indicator 3: relative likelihood of entering the formal disciplinary (WRES) or capability (WDES) process (focus ÷ reference).</summary>
    public LikelihoodIndicatorResult FormalProcess { get; }

    /// <summary>Indicator 4: relative likelihood of accessing non-mandatory training (reference ÷ focus); <see langword="null"/> for the WDES, which has no such metric.</summary>
    public LikelihoodIndicatorResult? Training { get; }

    /// <summary>The staff survey indicators (WRES 5 to 8, WDES 4 to 9), in order.</summary>
    public IReadOnlyList<SurveyIndicatorResult> Survey { get; }

    /// <summary>Indicator 9 (WDES metric 10): board representation.</summary>
    public BoardResult Board { get; }

    /// <summary>Row reconciliation and findings for every input supplied.</summary>
    public DataQualityReport DataQuality { get; }
}
