using Wres.Core;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
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
    private readonly SpanCache<Classified<AssignmentCategory>> _category;
    private readonly SpanCache<Classified<DisabilityGroup>> _disability;
    private readonly List<FoldedIssue> _issues = [];
    private readonly SpanCache<string> _occupationCode = new(static text => text);
    private readonly SpanCache<(CaseType Type, bool Recognised)> _caseType = new(static text => CaseTypes.TryParse(text, out var type) ? (type, true) : (CaseType.Unknown, false));
    private readonly SpanCache<(EqualityStandard Standard, ComparisonGroup Group)> _surveyGroup;

    public Classifiers(ReaderSettings settings)
    {
        Settings = settings;
        _ethnicity = new(text => ClassifyEthnicity(settings.Ethnicity, text));
        _grade = new(ClassifyGrade);
        _category = new(ClassifyCategory);
        _disability = new(ClassifyDisability);
        _surveyGroup = new(text => SurveyGroup(text, settings.BmeLabel));
    }

    public ReaderSettings Settings { get; }

    public Classified<EthnicityClassification> Ethnicity(ReadOnlySpan<byte> value) => _ethnicity.Get(value);

    public Classified<GradeClassification> Grade(ReadOnlySpan<byte> value) => _grade.Get(value);

    public StaffGroup? StaffGroup(ReadOnlySpan<byte> value) => _staffGroup.Get(value);

    public Classified<AssignmentCategory> Category(ReadOnlySpan<byte> value) => _category.Get(value);

    public Classified<DisabilityGroup> Disability(ReadOnlySpan<byte> value) => Fields.IsBlank(value) ? BlankDisability : _disability.Get(value);

    private static readonly Classified<DisabilityGroup> BlankDisability = new(DisabilityGroup.Unknown);

    private const string EthnicOrigin = "Ethnic Origin";

    private const string PayBand = "Pay Band";

    /// <summary>Hands the counted findings about values to their tallies; call when a file has been read.</summary>
    public void Flush()
    {
        foreach (var issue in _issues)
        {
            issue.Flush();
        }
    }

    private FoldedIssue Register(FoldedIssue issue)
    {
        _issues.Add(issue);
        return issue;
    }

    /// <summary>An occupation code (trimmed) as text, one string per distinct code; <see langword="null"/> when blank.</summary>
    public string? OccupationCode(ReadOnlySpan<byte> value) => value.IsEmpty ? null : _occupationCode.Get(value);

    public bool TryCaseType(ReadOnlySpan<byte> value, out CaseType type)
    {
        var (parsed, recognised) = _caseType.Get(value);
        type = parsed;
        return recognised;
    }

    /// <summary>The standard and group a survey <c>Group</c> value names, or <see cref="EqualityStandard.Unknown"/>.</summary>
    public (EqualityStandard Standard, ComparisonGroup Group) SurveyGroup(ReadOnlySpan<byte> value) => _surveyGroup.Get(value);

    private Classified<EthnicityClassification> ClassifyEthnicity(EthnicityClassifier classifier, string text)
    {
        var result = classifier.Classify(text);
        return result.Match switch
        {
            EthnicityMatch.Unrecognised => new(result, Register(new FoldedIssue(WresErrorCodes.UnrecognisedEthnicity, IssueSeverity.Warning, EthnicOrigin,
                $"Ethnic origin {Fields.Quote(text)} is neither an NHS ethnic category code nor a known label; it is counted as Unknown."))),
            EthnicityMatch.Label => new(result, Register(new FoldedIssue(WresErrorCodes.EthnicityMatchedByLabel, IssueSeverity.Note, EthnicOrigin,
                $"Ethnic origin {Fields.Quote(text)} was recognised by its label as {result.Category!.Code} ({result.Category.Label}); ESR values start with the code."))),
            _ => new(result),
        };
    }

    private Classified<GradeClassification> ClassifyGrade(string text)
    {
        var result = Core.Workforce.Grade.Classify(text);
        return result.Match switch
        {
            GradeMatch.Ambiguous => new(result, Register(new FoldedIssue(WresErrorCodes.AmbiguousBand8, IssueSeverity.Warning, PayBand,
                $"Pay band {Fields.Quote(text)} is Band 8 without a range (8a, 8b, 8c or 8d); it is counted as Other."))),
            GradeMatch.Unrecognised => new(result, Register(new FoldedIssue(WresErrorCodes.UnrecognisedGrade, IssueSeverity.Warning, PayBand,
                $"Pay band {Fields.Quote(text)} is not a recognised pay band or medical grade; it is counted as Other."))),
            GradeMatch.Blank => new(result, Register(new FoldedIssue(WresErrorCodes.BlankGrade, IssueSeverity.Warning, PayBand,
                "The pay band is blank; the person is counted as Other."))),
            _ => new(result),
        };
    }

    private Classified<AssignmentCategory> ClassifyCategory(string text)
    {
        var category = AssignmentCategories.Parse(text, out var recognised);
        return recognised
            ? new(category)
            : new(category, Register(new FoldedIssue(WresErrorCodes.UnrecognisedAssignmentCategory, IssueSeverity.Warning, "Assignment Category",
                $"Assignment category {Fields.Quote(text)} is not recognised; the assignment is treated as in scope.")));
    }

    private Classified<DisabilityGroup> ClassifyDisability(string text)
    {
        var result = DisabilityClassifier.Classify(text);
        return result.Match == DisabilityMatch.Unrecognised
            ? new(result.Group, Register(new FoldedIssue(WresErrorCodes.UnrecognisedDisability, IssueSeverity.Warning, "Disability",
                $"Disability {Fields.Quote(text)} is not Yes, No or a recognised non-answer; it is counted as Unknown.")))
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
