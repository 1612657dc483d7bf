using System.Globalization;

namespace Wres.Synthetic.Internal;

/// <summary>
/// The deliberately bad rows and where they go. Positions are 0-based data-row indexes (the header is
/// not counted; file line = position + 2). A bad row is inserted before the good row at its position
/// and draws no random numbers, so the good rows are the same with or without bad rows.
/// </summary>
internal static class BadRows
{
    /// <summary>Staff: an extra assignment whose staff group is <c>Doctors</c> (unrecognised: rejected).</summary>
    public const int StaffUnknownStaffGroup = 9;

    /// <summary>Staff: an extra assignment on <c>Band 8</c> with no range (ambiguous: Other, with a warning).</summary>
    public const int StaffAmbiguousBand = 19;

    /// <summary>Staff: an extra assignment with ethnic origin <c>NA</c> (not a code: Unknown, with a warning).</summary>
    public const int StaffUnknownEthnicity = 29;

    /// <summary>Recruitment: <c>APP-BAD-1</c>, appointed but not shortlisted.</summary>
    public const int RecruitmentAppointedNotShortlisted = 9;

    /// <summary>Recruitment: <c>APP-BAD-2</c>, dated <c>31/02/{YearEnd}</c> (no such day).</summary>
    public const int RecruitmentImpossibleDate = 19;

    /// <summary>Disciplinary: <c>ER-BAD-1</c>, start date 31 February (no such day; a case of another type, such as a grievance, would be excluded, not rejected).</summary>
    public const int DisciplinaryImpossibleDate = 0;

    /// <summary>Training: Mandatory <c>Maybe</c> (not a Yes/No value).</summary>
    public const int TrainingMaybeMandatory = 9;

    /// <summary>Pay: an extra assignment with Ordinary Pay <c>-100.00</c> (negative: rejected).</summary>
    public const int PayNegativeOrdinaryPay = 9;

    /// <summary>The staff rows with the bad ones inserted.</summary>
    public static IEnumerable<string[]> Staff(IEnumerable<string[]> good) =>
        Insert(good, [StaffUnknownStaffGroup, StaffAmbiguousBand, StaffUnknownEthnicity], static (neighbour, which) =>
        {
            // An extra, non-primary permanent assignment of the person whose row it displaces, so the person
            // is still counted by their good rows and the headcount is unchanged.
            var row = (string[])neighbour!.Clone();
            row[1] = row[0] + "-9";
            row[5] = EsrText.No;
            row[6] = EsrText.Permanent;
            row[7] = "0.20";
            switch (which)
            {
                case 0:
                    row[3] = "Doctors";
                    break;
                case 1:
                    row[4] = "Band 8";
                    break;
                default:
                    row[2] = "NA";
                    break;
            }

            return row;
        });

    /// <summary>The recruitment rows with the bad ones inserted.</summary>
    public static IEnumerable<string[]> Recruitment(TrustPlan plan, IEnumerable<string[]> good) =>
        Insert(good, [RecruitmentAppointedNotShortlisted, RecruitmentImpossibleDate], (neighbour, which) =>
        {
            var row = (string[])neighbour!.Clone();
            if (which == 0)
            {
                row[0] = "APP-BAD-1";
                row[2] = EsrText.No;
                row[3] = EsrText.Yes;
                row[4] = MidYear(plan);
            }
            else
            {
                row[0] = "APP-BAD-2";
                row[4] = "31/02/" + plan.YearEnd.ToString(CultureInfo.InvariantCulture);
            }

            return row;
        });

    /// <summary>The disciplinary rows with the bad one inserted.</summary>
    public static IEnumerable<string[]> Disciplinary(TrustPlan plan, IEnumerable<string[]> good) =>
        Insert(good, [DisciplinaryImpossibleDate], (neighbour, _) =>
            ["ER-BAD-1", neighbour?[1] ?? People.EmployeeNumber(0), "31/02/" + MidYear(plan)[..4], string.Empty, "Disciplinary"]);

    /// <summary>The training rows with the bad one inserted.</summary>
    public static IEnumerable<string[]> Training(TrustPlan plan, IEnumerable<string[]> good) =>
        Insert(good, [TrainingMaybeMandatory], (neighbour, _) =>
            [neighbour?[0] ?? People.EmployeeNumber(0), EsrText.MandatoryCourses[0], "Maybe", MidYear(plan)]);

    /// <summary>The pay rows with the bad one inserted: an extra assignment of the person whose row it displaces.</summary>
    public static IEnumerable<string[]> Pay(IEnumerable<string[]> good) =>
        Insert(good, [PayNegativeOrdinaryPay], static (neighbour, _) =>
        {
            var row = (string[])neighbour!.Clone();
            row[3] = EsrText.Permanent;
            row[4] = EsrText.Yes;
            row[5] = string.Empty;
            row[6] = "-100.00";
            row[7] = "7.50";
            row[9] = string.Empty;
            row[10] = string.Empty;
            return row;
        });

    /// <summary>The middle of the reporting year, ISO: inside the year, so no scope rule applies first.</summary>
    private static string MidYear(TrustPlan plan) => plan.Dates.Iso(plan.Dates.Days / 2);

    /// <summary>
    /// Yields <paramref name="good"/> with a bad row before the good row at each position; bad rows whose
    /// position is past the end (a very small trust) follow the last good row.
    /// </summary>
    /// <param name="good">The good rows.</param>
    /// <param name="positions">The positions, ascending.</param>
    /// <param name="make">Makes bad row number <c>which</c> from the good row it displaces (or the last good row; <see langword="null"/> when there is none).</param>
    private static IEnumerable<string[]> Insert(IEnumerable<string[]> good, int[] positions, Func<string[]?, int, string[]> make)
    {
        var next = 0;
        var index = 0;
        string[]? last = null;
        foreach (var row in good)
        {
            while (next < positions.Length && positions[next] == index)
            {
                yield return make(row, next);
                next++;
                index++;
            }

            yield return row;
            index++;
            last = row;
        }

        for (; next < positions.Length; next++)
        {
            yield return make(last, next);
        }
    }
}
