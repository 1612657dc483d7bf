using Wres.Core;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
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
    private readonly SpanCache<StaffGroup?> _staffGroup;
    private readonly SpanCache<Classified<AssignmentCategory>> _category;
    private readonly SpanCache<Classified<DisabilityGroup>> _disability;
    private readonly List<FoldedIssue> _issues = [];
    private readonly SpanCache<string> _occupationCode = new(static text => text);
    private readonly SpanCache<(CaseType Type, string? Other)> _caseType;
    private readonly SpanCache<bool> _leaverStatus = new(static text => IsLeaverStatus(text));
    private readonly SpanCache<(EqualityStandard Standard, ComparisonGroup Group)> _surveyGroup;
    private readonly SpanCache<Classified<Grade?>> _postGrade;
    private readonly SpanCache<Classified<StaffGroup?>> _postStaffGroup;
    private Classified<Grade?>? _blankPostGrade;
    private Classified<StaffGroup?>? _blankPostStaffGroup;

    public Classifiers(ReaderSettings settings, Core.ReportingYear? year = null)
    {
        Settings = settings;
        Snapshot = year?.Snapshot ?? default;
        var values = settings.Values;
        _staffGroup = new(text => values.TryGetStaffGroup(text, out var mapped) ? mapped : Core.Workforce.StaffGroup.TryParse(text, out var group) ? group : null);
        _caseType = new(text => ClassifyCaseType(values, text));
        _ethnicity = new(text => ClassifyEthnicity(settings.Ethnicity, text));
        _grade = new(ClassifyGrade);
        _category = new(ClassifyCategory);
        _disability = new(ClassifyDisability);
        _surveyGroup = new(text => SurveyGroup(text, settings.BmeLabel));
        _postGrade = new(ClassifyPostGrade);
        _postStaffGroup = new(ClassifyPostStaffGroup);
    }

    public ReaderSettings Settings { get; }

    /// <summary>The snapshot date: an assignment that ended before it is a leaver's.</summary>
    public NodaTime.LocalDate Snapshot { get; }

    /// <summary>Whether an assignment status says the person has left (<c>Terminat…</c>, <c>Ex-…</c>, any case); once per distinct status.</summary>
    public bool IsLeaver(ReadOnlySpan<byte> status) => !status.IsEmpty && _leaverStatus.Get(status);

    public Classified<EthnicityClassification> Ethnicity(ReadOnlySpan<byte> value) => _ethnicity.Get(value);

    public Classified<GradeClassification> Grade(ReadOnlySpan<byte> value) => _grade.Get(value);

    public StaffGroup? StaffGroup(ReadOnlySpan<byte> value) => _staffGroup.Get(value);

    public Classified<AssignmentCategory> Category(ReadOnlySpan<byte> value) => _category.Get(value);

    public Classified<DisabilityGroup> Disability(ReadOnlySpan<byte> value) => Fields.IsBlank(value) ? BlankDisability : _disability.Get(value);

    private static readonly Classified<DisabilityGroup> BlankDisability = new(DisabilityGroup.Unknown);

    /// <summary>
    /// The pay band of the post an application is for (the recruitment file's <c>Pay Band</c>): the grade, or
    /// <see langword="null"/> with a finding when blank or not recognised (the breakdown's row <c>Not recognised or blank</c>).
    /// </summary>
    public Classified<Grade?> PostGrade(ReadOnlySpan<byte> value) =>
        Fields.IsBlank(value) ? _blankPostGrade ??= BlankPost<Grade>(PayBand, "pay band") : _postGrade.Get(value);

    /// <summary>
    /// The staff group of the post an application is for (the recruitment file's <c>Staff Group</c>): the staff group,
    /// or <see langword="null"/> with a finding when blank or not recognised.
    /// </summary>
    public Classified<StaffGroup?> PostStaffGroup(ReadOnlySpan<byte> value) =>
        Fields.IsBlank(value) ? _blankPostStaffGroup ??= BlankPost<StaffGroup>(StaffGroupColumn, "staff group") : _postStaffGroup.Get(value);

    private const string StaffGroupColumn = "Staff Group";

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

    /// <summary>
    /// A case type: the mapping's, else the built-in classes; <paramref name="other"/> is the value as written (trimmed) for
    /// a type of neither standard (<see cref="CaseType.Other"/>), one string per distinct value.
    /// </summary>
    public CaseType CaseType(ReadOnlySpan<byte> value, out string? other)
    {
        (var type, other) = _caseType.Get(value);
        return type;
    }

    private static (CaseType, string?) ClassifyCaseType(Core.Mapping.ValueMap values, string text)
    {
        if (!values.TryGetCaseType(text, out var type))
        {
            CaseTypes.TryParse(text, out type);
        }

        return (type, type == Core.Casework.CaseType.Other ? text.Trim() : null);
    }

    private static bool IsLeaverStatus(string text)
    {
        var status = text.AsSpan().Trim();
        return status.StartsWith("Terminat", StringComparison.OrdinalIgnoreCase) || status.StartsWith("Ex-", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The standard and group a survey <c>Group</c> value names, or <see cref="EqualityStandard.Unknown"/>.</summary>
    public (EqualityStandard Standard, ComparisonGroup Group) SurveyGroup(ReadOnlySpan<byte> value) => _surveyGroup.Get(value);

    private Classified<EthnicityClassification> ClassifyEthnicity(EthnicityClassifier classifier, string text)
    {
        if (Settings.Values.TryGetEthnicity(text, out var mapped))
        {
            return new(new EthnicityClassification(mapped, EthnicityMatch.Mapped));
        }

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
        if (Settings.Values.TryGetGrade(text, out var mapped))
        {
            return new(new GradeClassification(mapped, GradeMatch.Recognised));
        }

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

    private Classified<Grade?> ClassifyPostGrade(string text)
    {
        if (Settings.Values.TryGetGrade(text, out var mapped))
        {
            return new(mapped);
        }

        var result = Core.Workforce.Grade.Classify(text);
        return result.Match switch
        {
            GradeMatch.Recognised => new(result.Grade),
            GradeMatch.Blank => _blankPostGrade ??= BlankPost<Grade>(PayBand, "pay band"),
            GradeMatch.Ambiguous => UnrecognisedPost<Grade>(PayBand, $"Pay band {Fields.Quote(text)} is Band 8 without a range (8a, 8b, 8c or 8d)", "pay band"),
            _ => UnrecognisedPost<Grade>(PayBand, $"Pay band {Fields.Quote(text)} is not a recognised pay band or medical grade", "pay band"),
        };
    }

    private Classified<StaffGroup?> ClassifyPostStaffGroup(string text)
    {
        if (Settings.Values.TryGetStaffGroup(text, out var mapped))
        {
            return new(mapped);
        }

        if (Core.Workforce.StaffGroup.TryParse(text, out var group))
        {
            return new(group);
        }

        return text.AsSpan().Trim().IsEmpty
            ? _blankPostStaffGroup ??= BlankPost<StaffGroup>(StaffGroupColumn, "staff group")
            : UnrecognisedPost<StaffGroup>(StaffGroupColumn, $"Staff group {Fields.Quote(text)} is not an ESR staff group code (01-10) or name", "staff group");
    }

    /// <summary>A post value that is not recognised: a warning, once per distinct value.</summary>
    private Classified<T?> UnrecognisedPost<T>(string column, string what, string breakdown)
        where T : class =>
        new(null, Register(new FoldedIssue(WresErrorCodes.UnrecognisedPostValue, IssueSeverity.Warning, column,
            $"{what}; the application counts in indicator 2, and in its breakdown by {breakdown} as \"{LikelihoodBreakdownRow.NotRecognisedLabel}\".")));

    /// <summary>A blank post value: a note, once per file.</summary>
    private Classified<T?> BlankPost<T>(string column, string breakdown)
        where T : class =>
        new(null, Register(new FoldedIssue(WresErrorCodes.BlankPostValue, IssueSeverity.Note, column,
            $"The post's {breakdown} is blank; the application counts in indicator 2, and in its breakdown by {breakdown} as \"{LikelihoodBreakdownRow.NotRecognisedLabel}\".")));

    private Classified<AssignmentCategory> ClassifyCategory(string text)
    {
        if (Settings.Values.TryGetAssignmentCategory(text, out var mapped))
        {
            return new(mapped);
        }

        var category = AssignmentCategories.Parse(text, out var recognised);
        return recognised
            ? new(category)
            : new(category, Register(new FoldedIssue(WresErrorCodes.UnrecognisedAssignmentCategory, IssueSeverity.Warning, "Assignment Category",
                $"Assignment category {Fields.Quote(text)} is not recognised; the assignment is treated as in scope.")));
    }

    private Classified<DisabilityGroup> ClassifyDisability(string text)
    {
        if (Settings.Values.TryGetDisability(text, out var mapped))
        {
            return new(mapped);
        }

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
