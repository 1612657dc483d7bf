using Wres.Core;
using Wres.Core.PayGaps;
using Wres.Synthetic.Internal;

namespace Wres.Synthetic;

/// <summary>
/// A deterministic synthetic NHS trust: ESR staff in post, recruitment, disciplinary cases, training,
/// the board, the staff survey and the payroll extract for the pay gaps, in the shape of the WRES data contract, with roughly NHS England's
/// proportions (about 26% BME staff, more among doctors, fewer from Band 8a up; White shortlisted
/// applicants more often appointed; BME staff more often in a disciplinary process).
/// </summary>
/// <remarks>
/// <para><b>Determinism.</b> The same options always give the same rows and byte-identical files, on every
/// target framework: every draw comes from a small seeded generator derived from
/// <see cref="SyntheticTrustOptions.Seed"/>, a stream per file and, for a person, their index. Nothing
/// reads the clock or shared state.</para>
/// <para><b>Streaming.</b> Rows are generated as they are enumerated; a person's attributes are
/// recomputed from the seed wherever a file needs them (cases, training, last year), so nothing
/// proportional to the trust's size is held in memory.</para>
/// <para><b>People.</b> Employee numbers are eight digits from <c>20000001</c>. The <c>StaffCount</c>
/// people in post are followed by about 5% more who left during the year: they are in last year's staff
/// and a few of them have a case this year, so cases that name someone missing from this year's staff are
/// exercised. About 5% of this year's people joined during the year and are not in last year's staff.</para>
/// <para><b>Deliberate bad rows</b> (CSV rows only, when <see cref="SyntheticTrustOptions.IncludeBadRows"/>;
/// never in <see cref="ToDataset(SyntheticTrustOptions)"/>). Positions are 0-based data-row indexes in
/// what the row methods yield (the header is not a row; in the file, line = position + 2). They are the
/// same for every size from 100 people up; a smaller trust has them after its last row when it has fewer
/// rows. Inserting them draws no random numbers, so every other row is the same with or without them.</para>
/// <list type="table">
/// <listheader><term>file, position</term><description>row</description></listheader>
/// <item><term>staff, 9</term><description>an extra non-primary assignment (<c>{employee}-9</c>, Permanent, FTE 0.20) of the person whose row follows, with <c>Staff Group</c> <c>Doctors</c> (unrecognised: rejected).</description></item>
/// <item><term>staff, 19</term><description>the same kind of extra assignment with <c>Pay Band</c> <c>Band 8</c> (ambiguous: Other, with a warning).</description></item>
/// <item><term>staff, 29</term><description>the same kind of extra assignment with <c>Ethnic Origin</c> <c>NA</c> (not a code: Unknown, with a warning).</description></item>
/// <item><term>recruitment, 9</term><description><c>APP-BAD-1</c>: <c>Shortlisted</c> No, <c>Appointed</c> Yes, dated mid-year.</description></item>
/// <item><term>recruitment, 19</term><description><c>APP-BAD-2</c>: <c>Date</c> <c>31/02/{YearEnd}</c> (no such day).</description></item>
/// <item><term>disciplinary, 0</term><description><c>ER-BAD-1</c>: <c>Start Date</c> <c>31/02/</c> of the year's middle (no such day).</description></item>
/// <item><term>training, 9</term><description>a <c>Fire Safety Awareness</c> course of the person whose row follows, <c>Mandatory</c> <c>Maybe</c>.</description></item>
/// <item><term>pay, 9</term><description>an extra Permanent assignment of the person whose row follows, on full pay, with <c>Ordinary Pay</c> <c>-100.00</c> (negative: rejected).</description></item>
/// </list>
/// <para>Because the bad staff rows are extra assignments of people who also have good rows, the staff
/// rows hold exactly <c>StaffCount</c> distinct employee numbers either way. The board, survey and
/// previous-year files have no bad rows.</para>
/// </remarks>
public static class SyntheticTrust
{
    private const string StaffFileName = "staff.csv";
    private const string RecruitmentFileName = "recruitment.csv";
    private const string DisciplinaryFileName = "disciplinary.csv";
    private const string TrainingFileName = "training.csv";
    private const string BoardFileName = "board.csv";
    private const string SurveyFileName = "survey.csv";
    private const string PreviousStaffFileName = "previous-staff.csv";
    private const string PreviousDisciplinaryFileName = "previous-disciplinary.csv";
    private const string PayFileName = "pay.csv";

    /// <summary>The staff file's columns (also last year's staff file).</summary>
    public static IReadOnlyList<string> StaffHeader { get; } = Array.AsReadOnly(StaffFile.Header);

    /// <summary>The recruitment file's columns.</summary>
    public static IReadOnlyList<string> RecruitmentHeader { get; } = Array.AsReadOnly(RecruitmentFile.Header);

    /// <summary>The disciplinary file's columns (also last year's disciplinary file).</summary>
    public static IReadOnlyList<string> DisciplinaryHeader { get; } = Array.AsReadOnly(CaseFile.Header);

    /// <summary>The training file's columns.</summary>
    public static IReadOnlyList<string> TrainingHeader { get; } = Array.AsReadOnly(TrainingFile.Header);

    /// <summary>The board file's columns.</summary>
    public static IReadOnlyList<string> BoardHeader { get; } = Array.AsReadOnly(BoardFile.Header);

    /// <summary>The survey file's columns.</summary>
    public static IReadOnlyList<string> SurveyHeader { get; } = Array.AsReadOnly(SurveyFile.Header);

    /// <summary>The pay file's columns.</summary>
    public static IReadOnlyList<string> PayHeader { get; } = Array.AsReadOnly(PayFile.Header);

    /// <summary>
    /// The staff in post at the snapshot date, one row per assignment, in <see cref="StaffHeader"/> order.
    /// About 8% of people hold a second assignment (mostly bank work) and a few a third; about 5% of rows
    /// leave the assignment number blank.
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header), a new array per row, generated as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> StaffRows(SyntheticTrustOptions options)
    {
        var plan = TrustPlan.From(options);
        return Staff(plan, reuse: false);
    }

    /// <summary>
    /// Applications, two per person in post, in <see cref="RecruitmentHeader"/> order: about 25% shortlisted
    /// and about 25% of those appointed; a few dated <c>dd/MM/yyyy</c> or outside the year.
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header), a new array per row, generated as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> RecruitmentRows(SyntheticTrustOptions options)
    {
        var plan = TrustPlan.From(options);
        return Recruitment(plan, reuse: false);
    }

    /// <summary>
    /// Cases entering a formal process in the year, in <see cref="DisciplinaryHeader"/> order: about 1.1% of
    /// staff, about 70% with the ethnic origin left blank (joined from staff).
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header), a new array per row, generated as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> DisciplinaryRows(SyntheticTrustOptions options)
    {
        var plan = TrustPlan.From(options);
        return Disciplinary(plan, reuse: false);
    }

    /// <summary>
    /// Courses taken, about one per person, about 40% non-mandatory, in <see cref="TrainingHeader"/> order.
    /// Some course names hold a comma or a double quote.
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header), a new array per row, generated as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> TrainingRows(SyntheticTrustOptions options)
    {
        var plan = TrustPlan.From(options);
        return Training(plan, reuse: false);
    }

    /// <summary>The board at the snapshot date, 12 to 16 members, in <see cref="BoardHeader"/> order.</summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> BoardRows(SyntheticTrustOptions options) => BoardFile.Rows(TrustPlan.From(options));

    /// <summary>
    /// Staff survey results for indicators 5 to 8, White then BME, in <see cref="SurveyHeader"/> order; the
    /// percentage is <c>Positive / Respondents × 100</c> rounded to one decimal place.
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> SurveyRows(SyntheticTrustOptions options) => SurveyFile.Rows(TrustPlan.From(options));

    /// <summary>
    /// Last year's staff in post, in <see cref="StaffHeader"/> order: about 95% the same people (this year's
    /// joiners left out, this year's leavers in), a few a band lower. Generated whatever
    /// <see cref="SyntheticTrustOptions.IncludePreviousYear"/> says; it has no bad rows.
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header), a new array per row, generated as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> PreviousStaffRows(SyntheticTrustOptions options) =>
        StaffFile.Rows(TrustPlan.From(options), previous: true, reuse: false);

    /// <summary>
    /// Last year's cases over last year's staff, dated in last year, in <see cref="DisciplinaryHeader"/> order.
    /// Generated whatever <see cref="SyntheticTrustOptions.IncludePreviousYear"/> says; it has no bad rows.
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header), a new array per row, generated as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> PreviousDisciplinaryRows(SyntheticTrustOptions options) =>
        CaseFile.Rows(TrustPlan.From(options), previous: true, reuse: false);

    /// <summary>
    /// The payroll extract for the pay gaps, one row per assignment of each person in post (the staff file's
    /// assignments), paid in the calendar month holding the 31 March snapshot, in <see cref="PayHeader"/>
    /// order. Pay follows the 2025/26 Agenda for Change and medical pay scales approximately (pay points by
    /// band, full-time 37.5 hours, 40 for doctors); part-time staff are paid and timed by their FTE; about
    /// half of clinical staff on Bands 2 to 6 have an unsocial hours premium; about 3.5% of people are on
    /// reduced pay or nil for leave (<c>Full Pay</c> No on their main row); about half of consultants hold a
    /// clinical excellence award (<c>Bonus 12 Months</c>, and a twelfth of it in <c>Bonus In Period</c>).
    /// Bank rows give an <c>Hourly Rate</c> and the hours worked; honorary rows pay 0.00. Sex is drawn by
    /// staff group and grade (fewer women among consultants and in the senior bands). The file gives no
    /// ethnicity or disability: they come from the staff file by employee number. <c>Pay Period Days</c>
    /// is left blank (31 by default).
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The data rows (no header), a new array per row, generated as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IEnumerable<string[]> PayRows(SyntheticTrustOptions options)
    {
        var plan = TrustPlan.From(options);
        return Pay(plan, reuse: false);
    }

    /// <summary>
    /// The pay rows as typed records: every row <see cref="PayRows(SyntheticTrustOptions)"/> yields except the
    /// deliberate bad one, in the same order, read with Wres.Core's own classifiers (grade, assignment
    /// category, sex).
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The records, held in memory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IReadOnlyList<PayRecord> ToPayRecords(SyntheticTrustOptions options) =>
        DatasetBuilder.Pay(PayFile.Rows(TrustPlan.From(options), reuse: true));

    /// <summary>
    /// Writes <c>staff.csv</c>, <c>recruitment.csv</c>, <c>disciplinary.csv</c>, <c>training.csv</c>,
    /// <c>board.csv</c>, <c>survey.csv</c> and, when <see cref="SyntheticTrustOptions.IncludePreviousYear"/>,
    /// <c>previous-staff.csv</c> and <c>previous-disciplinary.csv</c>, and when
    /// <see cref="SyntheticTrustOptions.IncludePay"/>, <c>pay.csv</c>: a header row, then the rows the row
    /// methods yield. RFC 4180 quoting (fields holding a comma, double quote, CR or LF are quoted, with
    /// quotes doubled), CRLF line ends, UTF-8 without a byte-order mark. Existing files are replaced.
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <param name="directory">The directory; created if missing.</param>
    /// <returns>The full paths of the files written, in the order above.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range, or <paramref name="directory"/> is blank.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static IReadOnlyList<string> WriteCsv(SyntheticTrustOptions options, string directory)
    {
        var plan = TrustPlan.From(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var folder = Directory.CreateDirectory(directory).FullName;
        var paths = new List<string>(9);

        void Write(string name, string[] header, IEnumerable<string[]> rows)
        {
            var path = Path.Combine(folder, name);
            CsvFile.Write(path, header, rows);
            paths.Add(path);
        }

        Write(StaffFileName, StaffFile.Header, Staff(plan, reuse: true));
        Write(RecruitmentFileName, RecruitmentFile.Header, Recruitment(plan, reuse: true));
        Write(DisciplinaryFileName, CaseFile.Header, Disciplinary(plan, reuse: true));
        Write(TrainingFileName, TrainingFile.Header, Training(plan, reuse: true));
        Write(BoardFileName, BoardFile.Header, BoardFile.Rows(plan));
        Write(SurveyFileName, SurveyFile.Header, SurveyFile.Rows(plan));
        if (plan.IncludePreviousYear)
        {
            Write(PreviousStaffFileName, StaffFile.Header, StaffFile.Rows(plan, previous: true, reuse: true));
            Write(PreviousDisciplinaryFileName, CaseFile.Header, CaseFile.Rows(plan, previous: true, reuse: true));
        }

        if (plan.IncludePay)
        {
            Write(PayFileName, PayFile.Header, Pay(plan, reuse: true));
        }

        return paths.AsReadOnly();
    }

    /// <summary>
    /// The same trust as typed Wres.Core records: every row the CSV files hold except the deliberate bad
    /// ones, in the same order, classified with Wres.Core's own classifiers (ethnicity, staff group, grade,
    /// assignment category, disability, case type) so that the values agree with what a CSV reader makes of
    /// the files. Last year's parts are <see langword="null"/> unless
    /// <see cref="SyntheticTrustOptions.IncludePreviousYear"/>.
    /// </summary>
    /// <param name="options">The trust.</param>
    /// <returns>The dataset, held in memory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static WresDataset ToDataset(SyntheticTrustOptions options) => DatasetBuilder.Build(TrustPlan.From(options));

    private static IEnumerable<string[]> Staff(TrustPlan plan, bool reuse)
    {
        var rows = StaffFile.Rows(plan, previous: false, reuse);
        return plan.IncludeBadRows ? BadRows.Staff(rows) : rows;
    }

    private static IEnumerable<string[]> Recruitment(TrustPlan plan, bool reuse)
    {
        var rows = RecruitmentFile.Rows(plan, reuse);
        return plan.IncludeBadRows ? BadRows.Recruitment(plan, rows) : rows;
    }

    private static IEnumerable<string[]> Disciplinary(TrustPlan plan, bool reuse)
    {
        var rows = CaseFile.Rows(plan, previous: false, reuse);
        return plan.IncludeBadRows ? BadRows.Disciplinary(plan, rows) : rows;
    }

    private static IEnumerable<string[]> Training(TrustPlan plan, bool reuse)
    {
        var rows = TrainingFile.Rows(plan, reuse);
        return plan.IncludeBadRows ? BadRows.Training(plan, rows) : rows;
    }

    private static IEnumerable<string[]> Pay(TrustPlan plan, bool reuse)
    {
        var rows = PayFile.Rows(plan, reuse);
        return plan.IncludeBadRows ? BadRows.Pay(rows) : rows;
    }
}
