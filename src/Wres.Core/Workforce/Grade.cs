using System.Diagnostics.CodeAnalysis;
using Wres.Core.Internal;

namespace Wres.Core.Workforce;

/// <summary>
/// A pay band or medical grade as the ESR <c>Pay Band</c> (or <c>Grade</c>) column holds it: the
/// Agenda for Change bands Under Band 1 to Band 9 (with 8a to 8d), VSM (very senior managers,
/// including executive board members), Other (non-AfC, personal or local pay), and the medical grade
/// groups Consultant, Non-consultant career grade and Trainee.
/// </summary>
/// <remarks>
/// <para>Indicator 1 reports non-medical segments by band (<see cref="BandRows"/>) and the medical and
/// dental segment by grade group (<see cref="MedicalRows"/>); <see cref="RowIn(Segment)"/> maps a
/// grade to its row, so a band held by a doctor is medical Other and a medical grade outside the
/// medical segment is band Other.</para>
/// <para>Grades are ordered by seniority for choosing a person's assignment ("highest band"): Under
/// Band 1 &lt; Band 1 &lt; … &lt; Band 9 &lt; VSM, with Other and the medical grades below Under Band 1.</para>
/// </remarks>
public sealed class Grade : IEquatable<Grade>, IComparable<Grade>, IComparable
{
    private Grade(int index, string name, string reportLabel, int rank, bool isMedical)
    {
        Index = index;
        Name = name;
        ReportLabel = reportLabel;
        Rank = rank;
        IsMedical = isMedical;
    }

    /// <summary>The name, for example <c>Band 8a</c>, <c>VSM</c> or <c>Consultant</c>.</summary>
    public string Name { get; }

    /// <summary>The row label in indicator 1, for example <c>Band 8a</c> or <c>Consultants</c>.</summary>
    public string ReportLabel { get; }

    /// <summary>Seniority for the "highest band" rule: 0 for Other and medical grades, then 1 (Under Band 1) to 14 (VSM).</summary>
    public int Rank { get; }

    /// <summary>Whether this is one of the medical grade groups (Consultant, Non-consultant career grade, Trainee).</summary>
    public bool IsMedical { get; }

    /// <summary>A dense index 0-17, stable, for counting into arrays.</summary>
    internal int Index { get; }

    /// <summary>Under Band 1.</summary>
    public static Grade UnderBand1 { get; } = new(0, "Under Band 1", "Under Band 1", 1, false);

    /// <summary>Band 1.</summary>
    public static Grade Band1 { get; } = Band(1, "Band 1");

    /// <summary>Band 2.</summary>
    public static Grade Band2 { get; } = Band(2, "Band 2");

    /// <summary>Band 3.</summary>
    public static Grade Band3 { get; } = Band(3, "Band 3");

    /// <summary>Band 4.</summary>
    public static Grade Band4 { get; } = Band(4, "Band 4");

    /// <summary>Band 5.</summary>
    public static Grade Band5 { get; } = Band(5, "Band 5");

    /// <summary>Band 6.</summary>
    public static Grade Band6 { get; } = Band(6, "Band 6");

    /// <summary>Band 7.</summary>
    public static Grade Band7 { get; } = Band(7, "Band 7");

    /// <summary>Band 8a (ESR: <c>Band 8 - Range A</c>).</summary>
    public static Grade Band8A { get; } = Band(8, "Band 8a");

    /// <summary>Band 8b (ESR: <c>Band 8 - Range B</c>).</summary>
    public static Grade Band8B { get; } = Band(9, "Band 8b");

    /// <summary>Band 8c (ESR: <c>Band 8 - Range C</c>).</summary>
    public static Grade Band8C { get; } = Band(10, "Band 8c");

    /// <summary>Band 8d (ESR: <c>Band 8 - Range D</c>).</summary>
    public static Grade Band8D { get; } = Band(11, "Band 8d");

    /// <summary>Band 9.</summary>
    public static Grade Band9 { get; } = Band(12, "Band 9");

    /// <summary>Very senior managers, including executive board members.</summary>
    public static Grade Vsm { get; } = Band(13, "VSM");

    /// <summary>Other: non-AfC grades, personal or ad hoc salaries, local pay, and anything not recognised.</summary>
    public static Grade Other { get; } = new(14, "Other", "Other", 0, false);

    /// <summary>Medical consultants.</summary>
    public static Grade Consultant { get; } = new(15, "Consultant", "Consultants", 0, true);

    /// <summary>Non-consultant career grades: specialty doctor, specialist, associate specialist, staff grade.</summary>
    public static Grade NonConsultantCareerGrade { get; } = new(16, "Non-consultant career grade", "Non-consultant career grades", 0, true);

    /// <summary>Trainee grades: foundation, core, specialty registrar and legacy trainee grades.</summary>
    public static Grade Trainee { get; } = new(17, "Trainee grade", "Trainee grades", 0, true);

    /// <summary>The rows of a non-medical segment in report order: Under Band 1, Band 1 … Band 9, VSM, Other.</summary>
    public static IReadOnlyList<Grade> BandRows { get; } =
    [
        UnderBand1, Band1, Band2, Band3, Band4, Band5, Band6, Band7,
        Band8A, Band8B, Band8C, Band8D, Band9, Vsm, Other,
    ];

    /// <summary>The rows of the medical and dental segment in report order: Consultants, Non-consultant career grades, Trainee grades, Other.</summary>
    public static IReadOnlyList<Grade> MedicalRows { get; } = [Consultant, NonConsultantCareerGrade, Trainee, Other];

    /// <summary>Every grade, by <see cref="Index"/>.</summary>
    public static IReadOnlyList<Grade> All { get; } = [.. BandRows, Consultant, NonConsultantCareerGrade, Trainee];

    /// <summary>The number of grades (the size of arrays indexed by <see cref="Index"/>).</summary>
    internal const int Count = 18;

    /// <summary>The indicator 1 row this grade is counted in within a segment.</summary>
    /// <param name="segment">The person's segment.</param>
    /// <returns>This grade, or <see cref="Other"/> when the grade does not belong to the segment's rows.</returns>
    public Grade RowIn(Segment segment) =>
        (segment == Segment.MedicalAndDental) == IsMedical ? this : Other;

    /// <summary>Reads an ESR pay band or grade; throws when it is not recognised.</summary>
    /// <param name="value">For example <c>Band 5</c>, <c>Band 8 - Range A</c>, <c>Very Senior Manager</c>, <c>Consultant</c>.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="FormatException">The value is blank, ambiguous (<c>Band 8</c>) or not recognised.</exception>
    public static Grade Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = Classify(value.AsSpan());
        return result.Match == GradeMatch.Recognised
            ? result.Grade
            : throw new FormatException(result.Match == GradeMatch.Ambiguous
                ? $"'{value}' is ambiguous: Band 8 needs a range (8a, 8b, 8c or 8d)."
                : $"'{value}' is not a recognised pay band or grade.");
    }

    /// <summary>Reads an ESR pay band or grade.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="grade">The grade, when recognised.</param>
    /// <returns>Whether the value was recognised.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out Grade? grade)
    {
        var result = Classify(value.AsSpan());
        grade = result.Match == GradeMatch.Recognised ? result.Grade : null;
        return grade is not null;
    }

    /// <summary>Reads an ESR pay band or grade, never throwing: anything not recognised is <see cref="Other"/>.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The grade and how it was read.</returns>
    public static GradeClassification Classify(ReadOnlySpan<char> value)
    {
        if (Text.IsBlank(value))
        {
            return new(Other, GradeMatch.Blank);
        }

        var normalized = Text.NormalizeLabel(value);
        if (Spellings.TryGetValue(normalized, out var known))
        {
            return new(known, GradeMatch.Recognised);
        }

        if (WithoutTrainingStage(normalized) is { } grade && Spellings.TryGetValue(grade, out known) && known == Trainee)
        {
            return new(Trainee, GradeMatch.Recognised);
        }

        return ParseBand(normalized);
    }

    /// <summary>
    /// A trainee grade with its stage after it (<c>specialty registrar st3</c>, <c>core trainee (ct2)</c>,
    /// <c>foundation doctor - fy1</c>) without the stage; <see langword="null"/> when the last word is not a stage.
    /// </summary>
    private static string? WithoutTrainingStage(string normalized)
    {
        var space = normalized.LastIndexOf(' ');
        // Stryker disable once Equality : equivalent, a normalised value never starts with a space
        if (space <= 0)
        {
            return null;
        }

        var stage = normalized.AsSpan(space + 1).Trim("()[]");
        var digits = stage.IndexOfAnyInRange('0', '9');
        // Stryker disable once Equality : equivalent, a stage starting with a digit has the empty prefix, which is no stage prefix
        if (digits <= 0 || digits < stage.Length - 2 || stage[digits..].ContainsAnyExceptInRange('0', '9')
            || stage[..digits] is not ("st" or "ct" or "fy" or "f" or "spr" or "str" or "ht" or "gpst"))
        {
            return null;
        }

        return normalized.AsSpan(0, space).TrimEnd(" -–:(").ToString();
    }

    private static GradeClassification ParseBand(string normalized)
    {
        var text = normalized.AsSpan();
        foreach (var prefix in BandPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..].TrimStart();
                break;
            }
        }

        if (text.StartsWith("under band 1", StringComparison.Ordinal))
        {
            return text.Length == "under band 1".Length ? new(UnderBand1, GradeMatch.Recognised) : Unrecognised;
        }

        if (!text.StartsWith("band", StringComparison.Ordinal))
        {
            return Unrecognised;
        }

        text = text[4..].TrimStart();

        // "Band 05": leading zeros are ESR's two-digit form.
        // Stryker disable once Logical : equivalent, a 0 stripped before a non-digit leaves a value that is no band either way
        while (text.Length > 1 && text[0] == '0' && text[1] is >= '0' and <= '9')
        {
            text = text[1..];
        }

        if (text.IsEmpty || text[0] is < '1' or > '9')
        {
            return Unrecognised;
        }

        var number = text[0] - '0';
        text = text[1..];
        if (number != 8)
        {
            return text.IsEmpty ? new(number == 9 ? Band9 : BandRows[number], GradeMatch.Recognised) : Unrecognised;
        }

        // Band 8: "8a", "8 a", "8 - range a", "8 range a", "8-range a".
        text = text.TrimStart(" -–:");
        if (text.StartsWith("range", StringComparison.Ordinal))
        {
            text = text[5..].TrimStart(" -–:");
        }

        if (text.IsEmpty)
        {
            return new(Other, GradeMatch.Ambiguous);
        }

        if (text.Length == 1 && text[0] is >= 'a' and <= 'd')
        {
            return new(BandRows[8 + (text[0] - 'a')], GradeMatch.Recognised);
        }

        return Unrecognised;
    }

    private static GradeClassification Unrecognised => new(Other, GradeMatch.Unrecognised);

    private static readonly string[] BandPrefixes = ["agenda for change", "nhs afc", "afc", "a4c"];

    private static readonly Dictionary<string, Grade> Spellings = BuildSpellings();

    private static Dictionary<string, Grade> BuildSpellings()
    {
        var spellings = new Dictionary<string, Grade>(StringComparer.Ordinal);

        void Add(Grade grade, params string[] values)
        {
            foreach (var value in values)
            {
                spellings.Add(Text.NormalizeLabel(value), grade);
            }
        }

        Add(Vsm, "VSM", "Very Senior Manager", "Very Senior Managers", "Very Senior Manager (VSM)", "Executive Senior Manager");
        Add(Other, "Other", "Non AfC Grade", "Non-AfC Grade", "Non AfC", "Non-AfC", "Non Agenda for Change", "Personal Salary",
            "Ad Hoc Salary", "Ad-hoc Salary", "Local Pay", "Local Pay Scale", "Spot Salary", "Non-Medical Other",
            "Trust Grade", "Trust Doctor", "Trust Grade Doctor", "Locally Employed Doctor", "LED", "Clinical Assistant",
            "Hospital Practitioner", "Clinical Fellow", "Clinical Attachment", "Medical Other");
        Add(Consultant, "Consultant", "Consultants", "Medical Consultant", "Consultant (Medical)", "Dental Consultant");
        Add(NonConsultantCareerGrade, "Specialty Doctor", "Speciality Doctor", "Specialty Doctor 2021", "Specialist",
            "Specialist 2021", "Associate Specialist", "Associate Specialist 2008", "Staff Grade", "Staff Grade Practitioner",
            "Non-consultant career grade", "Non consultant career grade", "NCCG", "SAS Doctor");
        Add(Trainee, "Foundation Year 1", "Foundation Year 2", "FY1", "FY2", "F1", "F2", "Foundation Doctor",
            "Foundation House Officer 1", "Foundation House Officer 2", "Core Training", "Core Trainee", "CT1", "CT2", "CT3",
            "Specialty Registrar", "Speciality Registrar", "Specialty Registrar (Core Training)", "Specialty Registrar (Fixed Term)",
            "Specialty Trainee", "StR", "ST1", "ST2", "ST3", "ST4", "ST5", "ST6", "ST7", "ST8", "Specialist Registrar", "SpR",
            "Senior House Officer", "SHO", "House Officer", "Pre-registration House Officer", "PRHO", "Registrar",
            "Senior Registrar", "GP Registrar", "GP Specialty Registrar", "Trainee", "Doctor in Training");
        return spellings;
    }

    private static Grade Band(int index, string name) => new(index, name, name, index + 1, false);

    /// <inheritdoc />
    public bool Equals(Grade? other) => other is not null && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Grade);

    /// <inheritdoc />
    public override int GetHashCode() => Index;

    /// <summary>Orders by seniority (<see cref="Rank"/>), then by report order, so the order is total.</summary>
    /// <param name="other">The grade to compare with.</param>
    /// <returns>Less than zero, zero, or greater than zero.</returns>
    public int CompareTo(Grade? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byRank = Rank.CompareTo(other.Rank);
        return byRank != 0 ? byRank : Index.CompareTo(other.Index);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Grade other => CompareTo(other),
        _ => throw new ArgumentException("Object is not a Grade.", nameof(obj)),
    };

    /// <summary>The name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Equality.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>Whether they are the same grade.</returns>
    public static bool operator ==(Grade? left, Grade? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Grade? left, Grade? right) => !(left == right);

    /// <summary>Seniority order.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>Whether <paramref name="left"/> is junior.</returns>
    public static bool operator <(Grade? left, Grade? right) => Compare(left, right) < 0;

    /// <summary>Seniority order.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>Whether <paramref name="left"/> is junior or equal.</returns>
    public static bool operator <=(Grade? left, Grade? right) => Compare(left, right) <= 0;

    /// <summary>Seniority order.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>Whether <paramref name="left"/> is senior.</returns>
    public static bool operator >(Grade? left, Grade? right) => Compare(left, right) > 0;

    /// <summary>Seniority order.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>Whether <paramref name="left"/> is senior or equal.</returns>
    public static bool operator >=(Grade? left, Grade? right) => Compare(left, right) >= 0;

    private static int Compare(Grade? left, Grade? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
