using Wres.Core;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Internal;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Esr.Internal;

/// <summary>
/// Classifies field values with Wres.Core's classifiers, once per distinct text, and words the finding
/// each deserves. One instance per file being read (not thread-safe).
/// </summary>
internal sealed class Classifiers
{
    private readonly SpanCache<Classified<EthnicityClassification>> _ethnicity;
    private readonly SpanCache<Classified<GradeClassification>> _grade;
    private readonly SpanCache<StaffGroup?> _staffGroup = new(static text => Core.Workforce.StaffGroup.TryParse(text, out var group) ? group : null);
    private readonly SpanCache<Classified<AssignmentCategory>> _category = new(ClassifyCategory);
    private readonly SpanCache<Classified<DisabilityGroup>> _disability = new(ClassifyDisability);
    private readonly SpanCache<Segment?> _occupation;
    private readonly SpanCache<(CaseType Type, bool Recognised)> _caseType = new(static text => (CaseTypes.TryParse(text, out var type) ? type : CaseType.Unknown, CaseTypes.TryParse(text, out _)));
    private readonly SpanCache<(EqualityStandard Standard, ComparisonGroup Group)> _surveyGroup;

    public Classifiers(CalculatorSettings settings)
    {
        Settings = settings;
        _ethnicity = new(text => ClassifyEthnicity(settings.Ethnicity, text));
        _grade = new(ClassifyGrade);
        _occupation = new(text => settings.Workforce.TryGetOccupationSegment(text, out var segment) ? segment : null);
        _surveyGroup = new(text => SurveyGroup(text, settings.BmeLabel));
    }

    public CalculatorSettings Settings { get; }

    public Classified<EthnicityClassification> Ethnicity(ReadOnlySpan<char> value) => _ethnicity.Get(value);

    public Classified<GradeClassification> Grade(ReadOnlySpan<char> value) => _grade.Get(value);

    public StaffGroup? StaffGroup(ReadOnlySpan<char> value) => _staffGroup.Get(value);

    public Classified<AssignmentCategory> Category(ReadOnlySpan<char> value) => _category.Get(value);

    public Classified<DisabilityGroup> Disability(ReadOnlySpan<char> value) => value.IsWhiteSpace() ? new(DisabilityGroup.Unknown) : _disability.Get(value);

    public Segment? OccupationSegment(ReadOnlySpan<char> value) =>
        Settings.Workforce.HasOccupationOverrides && !value.IsWhiteSpace() ? _occupation.Get(value) : null;

    public bool TryCaseType(ReadOnlySpan<char> value, out CaseType type)
    {
        var (parsed, recognised) = _caseType.Get(value);
        type = parsed;
        return recognised;
    }

    /// <summary>The standard and group a survey <c>Group</c> value names, or <see cref="EqualityStandard.Unknown"/>.</summary>
    public (EqualityStandard Standard, ComparisonGroup Group) SurveyGroup(ReadOnlySpan<char> value) => _surveyGroup.Get(value);

    private static Classified<EthnicityClassification> ClassifyEthnicity(EthnicityClassifier classifier, string text)
    {
        var result = classifier.Classify(text);
        return result.Match switch
        {
            EthnicityMatch.Unrecognised => new(result, WresErrorCodes.UnrecognisedEthnicity, IssueSeverity.Warning,
                $"Ethnic origin {Fields.Quote(text)} is neither an NHS ethnic category code nor a known label; it is counted as Unknown."),
            EthnicityMatch.Label => new(result, WresErrorCodes.EthnicityMatchedByLabel, IssueSeverity.Note,
                $"Ethnic origin {Fields.Quote(text)} was recognised by its label as {result.Category!.Code} ({result.Category.Label}); ESR values start with the code."),
            _ => new(result),
        };
    }

    private static Classified<GradeClassification> ClassifyGrade(string text)
    {
        var result = Core.Workforce.Grade.Classify(text);
        return result.Match switch
        {
            GradeMatch.Ambiguous => new(result, WresErrorCodes.AmbiguousBand8, IssueSeverity.Warning,
                $"Pay band {Fields.Quote(text)} is Band 8 without a range (8a, 8b, 8c or 8d); it is counted as Other."),
            GradeMatch.Unrecognised => new(result, WresErrorCodes.UnrecognisedGrade, IssueSeverity.Warning,
                $"Pay band {Fields.Quote(text)} is not a recognised pay band or medical grade; it is counted as Other."),
            GradeMatch.Blank => new(result, WresErrorCodes.BlankGrade, IssueSeverity.Warning,
                "The pay band is blank; the person is counted as Other."),
            _ => new(result),
        };
    }

    private static Classified<AssignmentCategory> ClassifyCategory(string text)
    {
        var category = AssignmentCategories.Parse(text, out var recognised);
        return recognised
            ? new(category)
            : new(category, WresErrorCodes.UnrecognisedAssignmentCategory, IssueSeverity.Warning,
                $"Assignment category {Fields.Quote(text)} is not recognised; the assignment is treated as in scope.");
    }

    private static Classified<DisabilityGroup> ClassifyDisability(string text)
    {
        var result = DisabilityClassifier.Classify(text);
        return result.Match == DisabilityMatch.Unrecognised
            ? new(result.Group, WresErrorCodes.UnrecognisedDisability, IssueSeverity.Warning,
                $"Disability {Fields.Quote(text)} is not Yes, No or a recognised non-answer; it is counted as Unknown.")
            : new(result.Group);
    }

    private static (EqualityStandard, ComparisonGroup) SurveyGroup(string text, string bmeLabel)
    {
        var value = text.Trim();
        bool Is(string label) => string.Equals(value, label, StringComparison.OrdinalIgnoreCase);
        if (Is("White"))
        {
            return (EqualityStandard.Wres, ComparisonGroup.Reference);
        }

        if (Is(bmeLabel) || Is("BME") || Is("BAME") || Is("Ethnic minority") || Is("Global majority"))
        {
            return (EqualityStandard.Wres, ComparisonGroup.Focus);
        }

        if (Is("Disabled"))
        {
            return (EqualityStandard.Wdes, ComparisonGroup.Focus);
        }

        if (Is("Non-disabled") || Is("Non disabled") || Is("Nondisabled") || Is("Not disabled"))
        {
            return (EqualityStandard.Wdes, ComparisonGroup.Reference);
        }

        return (EqualityStandard.Unknown, ComparisonGroup.Unknown);
    }
}
