using System.Runtime.CompilerServices;
using NodaTime;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Internal;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Ingestion;

/// <summary>
/// Adds the rows of one input (one file) to a <see cref="WresAccumulator"/>, one by one, for a reader that parses and
/// classifies the values itself: Wres.Esr reads CSV files this way, and a reader of an ESR interface file or of a
/// database can do the same. Open one with <see cref="WresAccumulator.OpenInput(InputPart, string)"/>.
/// </summary>
/// <remarks>
/// <para>Every row ends up counted, excluded or rejected. The reader rejects what it cannot read (a value that does
/// not parse, a code it does not know) on <see cref="Tally"/>, with <see cref="RecordRules"/> for the rules they share;
/// the writer applies the record rules to what it is given (rejecting, say, an FTE above 1.5 with its stable code) and
/// the scope rules (the reporting year, out-of-scope assignment categories and case types), as for typed records, and
/// says whether it took the row: a reader that counts what it noticed about a row's values counts them for rows taken.</para>
/// <para>Keys (employee and assignment numbers) are UTF-8 bytes compared byte for byte, so pass them trimmed. They are
/// copied: the spans may point into a buffer the reader reuses for its next row. Adding a row allocates nothing.</para>
/// <para>A writer adds to one input: the method of another input throws <see cref="InvalidOperationException"/>. Not
/// thread-safe, as its accumulator; once that has been merged into another, the writer throws
/// <see cref="ObjectDisposedException"/>.</para>
/// </remarks>
/// <example>
/// A reader of an ESR interface file, its rows already split into fields:
/// <code>
/// var accumulator = new WresCalculator().CreateAccumulator(ReportingYear.EndingIn(2026));
/// var staff = accumulator.OpenInput(InputPart.Staff, "esr-interface.dat");
/// foreach (var row in interfaceFile.Rows)
/// {
///     if (!StaffGroup.TryParse(row.StaffGroup, out var staffGroup))
///     {
///         staff.Tally.Reject(row.Line, "Staff Group", WresErrorCodes.UnrecognisedStaffGroup, "The staff group is not an ESR code.");
///         continue;
///     }
///
///     var ethnicity = EthnicityClassifier.Default.Classify(row.EthnicOrigin);
///     staff.AddStaff(row.EmployeeNumberUtf8, row.AssignmentNumberUtf8, new StaffFacts
///     {
///         Ethnicity = ethnicity.Group,
///         EthnicOrigin = ethnicity.Category,
///         StaffGroup = staffGroup,
///         Grade = Grade.Classify(row.PayBand).Grade,
///         IsPrimary = row.IsPrimary,
///         Category = AssignmentCategories.Parse(row.Category, out _),
///         Fte = row.Fte,
///     }, row.Line);
/// }
///
/// var report = accumulator.ToReport("Example NHS Trust");
/// </code>
/// </example>
public sealed class InputWriter
{
    /// <summary>The assignment categories, numbered from 0 without gaps (as the workforce's arrays indexed by category assume).</summary>
    private static readonly int CategoryCount = Enum.GetValues<AssignmentCategory>().Length;

    private IInputPart? _part;

    internal InputWriter(InputPart part, IInputPart input)
    {
        Part = part;
        _part = input;
    }

    /// <summary>The input this writer adds to.</summary>
    public InputPart Part { get; }

    /// <summary>
    /// What has happened to the input's rows so far, and its findings: where the reader rejects the rows it cannot read
    /// and records what it notices about values.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    public SourceTally Tally => Input.Tally;

    /// <summary>Adds one assignment of the staff-in-post file (or of last year's).</summary>
    /// <param name="employeeNumber">The employee number, UTF-8, trimmed: the person's key. Empty rejects the row.</param>
    /// <param name="assignmentNumber">The assignment number, UTF-8, trimmed; empty means the employee number.</param>
    /// <param name="facts">The row's classified values.</param>
    /// <param name="line">The row's line in the file (the header is line 1), for findings.</param>
    /// <returns><see langword="true"/> when the row was taken (counted, or excluded by a scope rule); <see langword="false"/> when a record rule rejected it (the finding is on <see cref="Tally"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum in <paramref name="facts"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The ethnic origin in <paramref name="facts"/> is not in the ethnic group given.</exception>
    /// <exception cref="InvalidOperationException">The writer is not for a staff input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AddStaff(ReadOnlySpan<byte> employeeNumber, ReadOnlySpan<byte> assignmentNumber, in StaffFacts facts, int line)
    {
        if (Input is not WorkforceAccumulator staff)
        {
            throw NotFor(nameof(AddStaff), "staff");
        }

        CheckGroups(facts.Ethnicity, facts.Disability);
        if (facts.EthnicOrigin is { } origin && origin.Group != facts.Ethnicity)
        {
            throw new ArgumentException($"The ethnic origin's group ({origin.Group}) is not the ethnicity given ({facts.Ethnicity}).", nameof(facts));
        }

        if ((uint)facts.Category >= (uint)CategoryCount)
        {
            throw new ArgumentOutOfRangeException(nameof(facts), facts.Category, "Not a defined assignment category.");
        }

        return staff.Add(employeeNumber, assignmentNumber, facts, line);
    }

    /// <summary>Adds one application (indicator 2): rejected when appointed but not shortlisted; excluded when dated outside the year.</summary>
    /// <param name="ethnicity">The applicant's ethnic group.</param>
    /// <param name="disability">The applicant's disability group.</param>
    /// <param name="shortlisted">Whether the application was shortlisted.</param>
    /// <param name="appointed">Whether the applicant was appointed (accepted an offer).</param>
    /// <param name="date">The shortlisting date, or <see langword="null"/> when not given (then the row is in the year).</param>
    /// <param name="line">The row's line, for findings.</param>
    /// <returns><see langword="true"/> when the row was taken (counted, or excluded by a scope rule); <see langword="false"/> when a record rule rejected it (the finding is on <see cref="Tally"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A group is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The writer is not for the recruitment input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AddApplication(EthnicGroup ethnicity, DisabilityGroup disability, bool shortlisted, bool appointed, LocalDate? date, int line)
    {
        if (Input is not RecruitmentAccumulator recruitment)
        {
            throw NotFor(nameof(AddApplication), "recruitment");
        }

        CheckGroups(ethnicity, disability);
        return recruitment.Add(ethnicity, disability, shortlisted, appointed, date, line);
    }

    /// <summary>
    /// Adds one application (indicator 2) with everything its breakdowns need: the applicant's ethnic category (for
    /// the detailed groups), and the post's pay band and staff group when the input has those columns. Rejected when
    /// appointed but not shortlisted; excluded when dated outside the year.
    /// </summary>
    /// <param name="facts">The row's classified values.</param>
    /// <param name="line">The row's line, for findings.</param>
    /// <returns><see langword="true"/> when the row was taken (counted, or excluded by a scope rule); <see langword="false"/> when a record rule rejected it (the finding is on <see cref="Tally"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum in <paramref name="facts"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The writer is not for the recruitment input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AddApplication(in ApplicationFacts facts, int line)
    {
        if (Input is not RecruitmentAccumulator recruitment)
        {
            throw NotFor(nameof(AddApplication), "recruitment");
        }

        CheckGroups(EthnicGroup.Unknown, facts.Disability);
        if ((facts.Columns & ~(ApplicationColumns.PayBand | ApplicationColumns.StaffGroup)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(facts), facts.Columns, "Not a defined combination of application columns.");
        }

        return recruitment.Add(facts, line);
    }

    /// <summary>
    /// Adds one disciplinary or capability case (or one of last year's): rejected without an employee or a defined type;
    /// excluded when it starts outside the year or is of a type the standard does not count.
    /// </summary>
    /// <param name="employeeNumber">The employee number, UTF-8, trimmed: joins the case to the staff files.</param>
    /// <param name="startDate">The day the formal process started.</param>
    /// <param name="type">The case type.</param>
    /// <param name="ethnicity">The ethnic group recorded on the case, or <see langword="null"/> when its cell was blank (then the staff files decide).</param>
    /// <param name="line">The row's line, for findings.</param>
    /// <returns><see langword="true"/> when the row was taken (counted, or excluded by a scope rule); <see langword="false"/> when a record rule rejected it (the finding is on <see cref="Tally"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ethnicity"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The writer is not for a case input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AddCase(ReadOnlySpan<byte> employeeNumber, LocalDate startDate, CaseType type, EthnicGroup? ethnicity, int line) =>
        AddCase(employeeNumber, startDate, type, ethnicity, line, otherType: null);

    /// <summary>
    /// Adds one case, as <see cref="AddCase(ReadOnlySpan{byte}, LocalDate, CaseType, EthnicGroup?, int)"/>, naming the
    /// value of a case of <see cref="CaseType.Other"/> (a grievance, an appeal): such a case is excluded by
    /// <see cref="ExclusionRule.OtherCaseType"/> with the value listed beside the rule.
    /// </summary>
    /// <param name="employeeNumber">The employee number, UTF-8, trimmed: joins the case to the staff files.</param>
    /// <param name="startDate">The day the formal process started.</param>
    /// <param name="type">The case type.</param>
    /// <param name="ethnicity">The ethnic group recorded on the case, or <see langword="null"/> when its cell was blank (then the staff files decide).</param>
    /// <param name="line">The row's line, for findings.</param>
    /// <param name="otherType">The case type as written, for a case of <see cref="CaseType.Other"/> (pass one string per distinct value, not one per row); <see langword="null"/> lists it as <c>Other</c>.</param>
    /// <returns><see langword="true"/> when the row was taken (counted, or excluded by a scope rule); <see langword="false"/> when a record rule rejected it (the finding is on <see cref="Tally"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ethnicity"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The writer is not for a case input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AddCase(ReadOnlySpan<byte> employeeNumber, LocalDate startDate, CaseType type, EthnicGroup? ethnicity, int line, string? otherType)
    {
        if (Input is not CaseAccumulator cases)
        {
            throw NotFor(nameof(AddCase), "case");
        }

        if (ethnicity is { } group)
        {
            CheckEthnicity(group);
        }

        return cases.Add(employeeNumber, startDate, type, ethnicity, line, otherType);
    }

    /// <summary>Adds one course taken (indicator 4): rejected without an employee; excluded when dated outside the year.</summary>
    /// <param name="employeeNumber">The employee number, UTF-8, trimmed: joins the course to the staff files.</param>
    /// <param name="mandatory">Whether the course is mandatory (counted, but giving nobody weight).</param>
    /// <param name="date">The course's date, or <see langword="null"/> when not given (then the row is in the year).</param>
    /// <param name="line">The row's line, for findings.</param>
    /// <returns><see langword="true"/> when the row was taken (counted, or excluded by a scope rule); <see langword="false"/> when a record rule rejected it (the finding is on <see cref="Tally"/>).</returns>
    /// <exception cref="InvalidOperationException">The writer is not for the training input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AddTraining(ReadOnlySpan<byte> employeeNumber, bool mandatory, LocalDate? date, int line)
    {
        if (Input is not TrainingAccumulator training)
        {
            throw NotFor(nameof(AddTraining), "training");
        }

        return training.Add(employeeNumber, mandatory, date, line);
    }

    /// <summary>Adds one board member at the snapshot date (indicator 9).</summary>
    /// <param name="ethnicity">The member's ethnic group.</param>
    /// <param name="disability">The member's disability group.</param>
    /// <param name="voting">Whether the member votes.</param>
    /// <param name="executive">Whether the member is an executive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A group is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The writer is not for the board input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    public void AddBoardMember(EthnicGroup ethnicity, DisabilityGroup disability, bool voting, bool executive)
    {
        if (Input is not BoardAccumulator board)
        {
            throw NotFor(nameof(AddBoardMember), "board");
        }

        CheckGroups(ethnicity, disability);
        board.Add(ethnicity, disability, voting, executive);
    }

    /// <summary>Adds one staff survey result (indicators 5 to 8): checked by the record rules; a measure and group seen on an earlier line rejects the later row.</summary>
    /// <param name="result">The result.</param>
    /// <param name="line">The row's line, for findings.</param>
    /// <returns><see langword="true"/> when the row was taken (counted, or excluded by a scope rule); <see langword="false"/> when a record rule rejected it (the finding is on <see cref="Tally"/>).</returns>
    /// <exception cref="InvalidOperationException">The writer is not for the survey input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    public bool AddSurveyResult(SurveyResult result, int line)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (Input is not SurveyAccumulator survey)
        {
            throw NotFor(nameof(AddSurveyResult), "survey");
        }

        return survey.Add(result, line);
    }

    /// <summary>Whether this writer adds to the given part.</summary>
    internal bool Writes(IInputPart part) => ReferenceEquals(_part, part);

    /// <summary>The accumulator was merged into another: the part is no longer this writer's to add to.</summary>
    internal void Close() => _part = null;

    private IInputPart Input => _part ?? ThrowClosed();

    private IInputPart ThrowClosed() => throw new ObjectDisposedException(
        nameof(InputWriter),
        $"The accumulator this {Part} writer adds to has been merged into another one: open the input there instead.");

    private static void CheckEthnicity(EthnicGroup ethnicity)
    {
        if ((uint)ethnicity > (uint)EthnicGroup.Bme)
        {
            throw new ArgumentOutOfRangeException(nameof(ethnicity), ethnicity, "Not a defined ethnic group.");
        }
    }

    private InvalidOperationException NotFor(string method, string input) =>
        new($"{method} adds to a {input} input, but this writer adds to the {Part} input.");

    private static void CheckGroups(EthnicGroup ethnicity, DisabilityGroup disability)
    {
        CheckEthnicity(ethnicity);
        if ((uint)disability > (uint)DisabilityGroup.Disabled)
        {
            throw new ArgumentOutOfRangeException(nameof(disability), disability, "Not a defined disability group.");
        }
    }
}
