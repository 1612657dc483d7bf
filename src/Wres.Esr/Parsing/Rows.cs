using NodaTime;
using Wres.Core;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Esr.Parsing;

/// <summary>Dates of rows as <c>yyyyMMdd</c> numbers.</summary>
internal static class DateKeys
{
    public static LocalDate? ToDate(int key) => key == 0 ? null : new LocalDate(key / 10_000, key / 100 % 100, key % 100);
}

/// <summary>One valid staff row, its text still in the read buffer.</summary>
internal ref struct StaffRow
{
    public ReadOnlySpan<byte> Employee;
    public ReadOnlySpan<byte> Assignment;
    public ReadOnlySpan<byte> Occupation;
    public ReadOnlySpan<byte> Organisation;
    public EthnicityClassification Ethnicity;
    public StaffGroup StaffGroup;
    public Grade Grade;
    public bool Primary;
    public AssignmentCategory Category;
    public decimal? Fte;
    public int FteUnits; // Fte in ten-thousandths; -1 when not given
    public DisabilityGroup Disability;
    public int Line;
}

/// <summary>One valid application row.</summary>
internal ref struct ApplicationRow
{
    public ReadOnlySpan<byte> Id;
    public ReadOnlySpan<byte> Vacancy;
    public ReadOnlySpan<byte> Organisation;
    public EthnicityClassification Ethnicity;
    public bool Shortlisted;
    public bool Appointed;
    public int DateKey;         // yyyyMMdd; 0 when the cell was blank
    public StaffGroup? StaffGroup;
    public Grade? Grade;
    public DisabilityGroup Disability;
    public int Line;
}

/// <summary>One valid case row.</summary>
internal ref struct CaseRow
{
    public ReadOnlySpan<byte> Reference;
    public ReadOnlySpan<byte> Employee;
    public LocalDate StartDate;
    public EthnicityClassification Ethnicity;
    public CaseType Type;
    public int Line;
}

/// <summary>One valid training row.</summary>
internal ref struct TrainingRow
{
    public ReadOnlySpan<byte> Employee;
    public ReadOnlySpan<byte> Course;
    public bool Mandatory;
    public int DateKey;         // yyyyMMdd; 0 when the cell was blank
    public int Line;
}

/// <summary>One valid board row.</summary>
internal ref struct BoardRow
{
    public ReadOnlySpan<byte> Member;
    public EthnicityClassification Ethnicity;
    public bool Voting;
    public bool Executive;
    public DisabilityGroup Disability;
    public int Line;
}

/// <summary>One valid survey row.</summary>
internal ref struct SurveyRow
{
    public ReadOnlySpan<byte> Indicator;
    public ComparisonGroup Group;
    public decimal Percent;
    public int? Respondents;
    public int? Positive;
    public int Line;
}
