using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Wres.Core;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;
using Wres.Synthetic.Tests.Support;

namespace Wres.Synthetic.Tests;

public partial class SyntheticTrustTests
{
    private const int Staff = 5000;

    // The documented positions of the deliberate bad rows (0-based data rows).
    private const int StaffUnknownGroupRow = 9;
    private const int StaffBand8Row = 19;
    private const int StaffNaEthnicityRow = 29;
    private const int RecruitmentAppointedNotShortlistedRow = 9;
    private const int RecruitmentBadDateRow = 19;
    private const int DisciplinaryBadDateRow = 0;
    private const int TrainingMaybeRow = 9;

    private static readonly Lazy<List<string[]>> StaffRows = new(() => SyntheticTrust.StaffRows(Options()).ToList());
    private static readonly Lazy<List<string[]>> RecruitmentRows = new(() => SyntheticTrust.RecruitmentRows(Options()).ToList());
    private static readonly Lazy<List<string[]>> DisciplinaryRows = new(() => SyntheticTrust.DisciplinaryRows(Options()).ToList());
    private static readonly Lazy<List<string[]>> TrainingRows = new(() => SyntheticTrust.TrainingRows(Options()).ToList());

    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static SyntheticTrustOptions Options(int staff = Staff) => new() { StaffCount = staff };

    // ---- Determinism ----

    [Fact]
    public void WriteCsv_SameOptions_WritesIdenticalBytes()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        var a = SyntheticTrust.WriteCsv(Options(2000), first.Path);
        var b = SyntheticTrust.WriteCsv(Options(2000), second.Path);

        Assert.Equal(8, a.Count);
        Assert.Equal(a.Select(Path.GetFileName), b.Select(Path.GetFileName));
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(a[i]), File.ReadAllBytes(b[i]));
        }
    }

    [Fact]
    public void WriteCsv_DifferentSeed_WritesDifferentBytes()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        var a = SyntheticTrust.WriteCsv(Options(2000), first.Path);
        var b = SyntheticTrust.WriteCsv(new SyntheticTrustOptions { StaffCount = 2000, Seed = 7 }, second.Path);

        // Every random file differs (the header is the same, so compare whole files).
        foreach (var name in new[] { "staff.csv", "recruitment.csv", "disciplinary.csv", "training.csv", "previous-staff.csv" })
        {
            Assert.NotEqual(File.ReadAllBytes(a.Single(p => Path.GetFileName(p) == name)),
                File.ReadAllBytes(b.Single(p => Path.GetFileName(p) == name)));
        }
    }

    [Fact]
    public void StaffRows_EnumeratedTwice_GivesTheSameRows()
    {
        var rows = SyntheticTrust.StaffRows(Options(500));

        Assert.Equal(rows.ToList(), rows.ToList());
    }

    [Fact]
    public void StaffRows_OptionsChangedAfterTheCall_AreNotAffected()
    {
        var options = Options(300);
        var rows = SyntheticTrust.StaffRows(options);

        options.StaffCount = 100;
        options.Seed = 1;

        Assert.Equal(300, rows.Select(r => r[0]).Distinct().Count());
        Assert.Equal(SyntheticTrust.StaffRows(Options(300)), rows);
    }

    // ---- Headcount and bad rows ----

    [Property(MaxTest = 25)]
    public void StaffRows_AnySeedAndSize_HoldStaffCountDistinctPeopleAndTheBadRowsInPlace(int seed, byte extra)
    {
        var options = new SyntheticTrustOptions { StaffCount = 100 + extra, Seed = seed };

        var rows = SyntheticTrust.StaffRows(options).ToList();

        Assert.Equal(options.StaffCount, rows.Select(r => r[0]).Distinct().Count());
        Assert.Equal("Doctors", rows[StaffUnknownGroupRow][3]);
        Assert.Equal("Band 8", rows[StaffBand8Row][4]);
        Assert.Equal("NA", rows[StaffNaEthnicityRow][2]);
        Assert.Equal("APP-BAD-1", SyntheticTrust.RecruitmentRows(options).ElementAt(RecruitmentAppointedNotShortlistedRow)[0]);
        Assert.Equal("APP-BAD-2", SyntheticTrust.RecruitmentRows(options).ElementAt(RecruitmentBadDateRow)[0]);
        Assert.StartsWith("31/02/", SyntheticTrust.DisciplinaryRows(options).ElementAt(DisciplinaryBadDateRow)[2], StringComparison.Ordinal);
        Assert.Equal("Maybe", SyntheticTrust.TrainingRows(options).ElementAt(TrainingMaybeRow)[2]);
    }

    [Fact]
    public void StaffRows_EveryRow_ClassifiesWithWresCoreExceptTheDeliberateOnes()
    {
        var rows = StaffRows.Value;

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(11, row.Length);
            Assert.Matches("^[0-9]{8}$", row[0]);
            Assert.True(row[1].Length == 0 || row[1].StartsWith(row[0] + "-", StringComparison.Ordinal), row[1]);

            var ethnicity = EthnicityClassifier.Default.Classify(row[2]);
            Assert.Equal(i == StaffNaEthnicityRow, ethnicity.Match == EthnicityMatch.Unrecognised);

            Assert.Equal(i != StaffUnknownGroupRow, StaffGroup.TryParse(row[3], out _));

            var grade = Grade.Classify(row[4]);
            Assert.Equal(i == StaffBand8Row ? GradeMatch.Ambiguous : GradeMatch.Recognised, grade.Match);

            Assert.Contains(row[5], new[] { "Yes", "No" });
            AssignmentCategories.Parse(row[6], out var recognised);
            Assert.True(recognised, row[6]);
            var fte = decimal.Parse(row[7], CultureInfo.InvariantCulture);
            Assert.InRange(fte, 0m, 1.5m);
            Assert.Matches("^[A-Z0-9]{3}$", row[8]);
            Assert.NotEqual(DisabilityMatch.Unrecognised, DisabilityClassifier.Classify(row[9]).Match);
            Assert.Equal("RXX", row[10]);
        }
    }

    [Fact]
    public void RecruitmentRows_Default_HoldOnlyTheDocumentedBadRows()
    {
        var rows = RecruitmentRows.Value;

        Assert.Equal((2 * Staff) + 2, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var shortlisted = YesNo(row[2]);
            var appointed = YesNo(row[3]);
            Assert.Equal(i == RecruitmentAppointedNotShortlistedRow, appointed && !shortlisted);
            Assert.Equal(i == RecruitmentBadDateRow, TryDate(row[4]) is null);
            Assert.NotEqual(EthnicityMatch.Unrecognised, EthnicityClassifier.Default.Classify(row[1]).Match);
            Assert.True(StaffGroup.TryParse(row[6], out _), row[6]);
            Assert.Equal(GradeMatch.Recognised, Grade.Classify(row[7]).Match);
            Assert.NotEqual(DisabilityMatch.Unrecognised, DisabilityClassifier.Classify(row[8]).Match);
        }

        var appointedNotShortlisted = rows[RecruitmentAppointedNotShortlistedRow];
        Assert.Equal(("APP-BAD-1", "No", "Yes"), (appointedNotShortlisted[0], appointedNotShortlisted[2], appointedNotShortlisted[3]));
        Assert.Equal("APP-BAD-2", rows[RecruitmentBadDateRow][0]);
        Assert.Equal("31/02/2026", rows[RecruitmentBadDateRow][4]);
    }

    [Fact]
    public void DisciplinaryRows_Default_HoldOnlyTheDocumentedBadRow()
    {
        var rows = DisciplinaryRows.Value;

        Assert.Equal("ER-BAD-1", rows[DisciplinaryBadDateRow][0]);
        Assert.Null(TryDate(rows[DisciplinaryBadDateRow][2]));
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.True(CaseTypes.TryParse(rows[i][4], out _), rows[i][4]);
            if (i == DisciplinaryBadDateRow)
            {
                continue;
            }

            var date = TryDate(rows[i][2]);
            Assert.NotNull(date);
            Assert.True(Year.Contains(date.Value), rows[i][2]);
            Assert.NotEqual(EthnicityMatch.Unrecognised, EthnicityClassifier.Default.Classify(rows[i][3]).Match);
        }
    }

    [Fact]
    public void TrainingRows_Default_HoldOnlyTheDocumentedBadRow()
    {
        var rows = TrainingRows.Value;

        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(i != TrainingMaybeRow, TryYesNo(rows[i][2]) is not null);
            Assert.True(rows[i][3].Length == 0 || TryDate(rows[i][3]) is not null, rows[i][3]);
        }

        Assert.Equal("Maybe", rows[TrainingMaybeRow][2]);
    }

    [Fact]
    public void Rows_WithoutBadRows_AreTheOtherRowsUnchanged()
    {
        var options = Options(1000);
        var clean = new SyntheticTrustOptions { StaffCount = 1000, IncludeBadRows = false };

        Assert.Equal(Without(SyntheticTrust.StaffRows(options), StaffUnknownGroupRow, StaffBand8Row, StaffNaEthnicityRow),
            SyntheticTrust.StaffRows(clean));
        Assert.Equal(Without(SyntheticTrust.RecruitmentRows(options), RecruitmentAppointedNotShortlistedRow, RecruitmentBadDateRow),
            SyntheticTrust.RecruitmentRows(clean));
        Assert.Equal(Without(SyntheticTrust.DisciplinaryRows(options), DisciplinaryBadDateRow), SyntheticTrust.DisciplinaryRows(clean));
        Assert.Equal(Without(SyntheticTrust.TrainingRows(options), TrainingMaybeRow), SyntheticTrust.TrainingRows(clean));
    }

    [Fact]
    public void StaffRows_BadRows_AreExtraAssignmentsOfTheNextPerson()
    {
        var rows = StaffRows.Value;

        foreach (var position in new[] { StaffUnknownGroupRow, StaffBand8Row, StaffNaEthnicityRow })
        {
            var bad = rows[position];
            Assert.Equal(rows[position + 1][0], bad[0]);
            Assert.Equal(bad[0] + "-9", bad[1]);
            Assert.Equal(["No", "Permanent", "0.20"], bad[5..8]);
        }
    }

    // ---- ToDataset ----

    [Fact]
    public void ToDataset_Default_HoldsEveryGoodRowClassifiedAsAReaderWould()
    {
        var options = Options(2000);

        var dataset = SyntheticTrust.ToDataset(options);

        var staff = Without(SyntheticTrust.StaffRows(options), StaffUnknownGroupRow, StaffBand8Row, StaffNaEthnicityRow);
        Assert.NotNull(dataset.Staff);
        Assert.Equal(staff.Count, dataset.Staff.Count);
        for (var i = 0; i < staff.Count; i++)
        {
            var record = dataset.Staff[i];
            Assert.Equal(staff[i][0], record.EmployeeNumber);
            Assert.Equal(staff[i][1], record.AssignmentNumber ?? string.Empty);
            Assert.Equal(EthnicityClassifier.Default.Classify(staff[i][2]).Category, record.EthnicOrigin);
            Assert.Equal(StaffGroup.Parse(staff[i][3]), record.StaffGroup);
            Assert.Equal(Grade.Classify(staff[i][4]).Grade, record.Grade);
            Assert.Equal(staff[i][5] == "Yes", record.IsPrimary);
            Assert.Equal(AssignmentCategories.Parse(staff[i][6], out _), record.Category);
            Assert.Equal(decimal.Parse(staff[i][7], CultureInfo.InvariantCulture), record.Fte);
            Assert.Equal(DisabilityClassifier.Classify(staff[i][9]).Group, record.Disability);
        }

        Assert.Equal(2000, dataset.Staff.Select(s => s.EmployeeNumber).Distinct().Count());
        Assert.Equal(SyntheticTrust.RecruitmentRows(options).Count() - 2, dataset.Applications!.Count);
        Assert.DoesNotContain(dataset.Applications, a => a.Appointed && !a.Shortlisted);
        Assert.Equal(SyntheticTrust.DisciplinaryRows(options).Count() - 1, dataset.Cases!.Count);
        Assert.DoesNotContain(dataset.Cases, c => c.Type == CaseType.Unknown);
        Assert.Equal(SyntheticTrust.TrainingRows(options).Count() - 1, dataset.Training!.Count);
        Assert.Equal(SyntheticTrust.BoardRows(options).Count(), dataset.Board!.Count);
        Assert.Equal(8, dataset.Survey!.Count);
        Assert.Equal(SyntheticTrust.PreviousStaffRows(options).Count(), dataset.PreviousStaff!.Count);
        Assert.Equal(SyntheticTrust.PreviousDisciplinaryRows(options).Count(), dataset.PreviousCases!.Count);
        Assert.Contains(dataset.Training, t => t.Course == "Leadership, Level 2");
        Assert.Contains(dataset.Applications, a => a.Date is { } d && !Year.Contains(d));
    }

    [Fact]
    public void ToDataset_WithoutPreviousYear_LeavesLastYearOut()
    {
        var dataset = SyntheticTrust.ToDataset(new SyntheticTrustOptions { StaffCount = 200, IncludePreviousYear = false });

        Assert.Null(dataset.PreviousStaff);
        Assert.Null(dataset.PreviousCases);
        Assert.NotEmpty(dataset.Staff!);
    }

    // ---- Realism ----

    [Fact]
    public void StaffRows_Default_HaveRoughlyNhsEnglandProportions()
    {
        var rows = StaffRows.Value.Where((_, i) => i is not (StaffUnknownGroupRow or StaffBand8Row or StaffNaEthnicityRow)).ToList();
        var people = rows.GroupBy(r => r[0]).Select(g => g.First()).ToList();
        EthnicGroup Group(string[] row) => EthnicityClassifier.Default.Classify(row[2]).Group;
        double BmeShare(IEnumerable<string[]> subset)
        {
            var list = subset.ToList();
            return (double)list.Count(r => Group(r) == EthnicGroup.Bme) / list.Count;
        }

        var overall = BmeShare(people);
        var medical = BmeShare(people.Where(r => StaffGroup.Parse(r[3]) == StaffGroup.MedicalAndDental));
        var senior = BmeShare(people.Where(r => Grade.Classify(r[4]).Grade.Rank >= Grade.Band8A.Rank));

        Assert.InRange(overall, 0.18, 0.35);
        Assert.InRange(medical, 0.35, 0.60);
        Assert.InRange(senior, 0.05, overall - 0.05);
        Assert.InRange(people.Count(r => Group(r) == EthnicGroup.Unknown) / (double)people.Count, 0.02, 0.09);
        Assert.InRange(Share(people, r => r[2].Length == 0), 0.003, 0.02);
        Assert.InRange(Share(people, r => r[2].StartsWith("Z ", StringComparison.Ordinal)), 0.015, 0.05);
        Assert.InRange(Share(people, r => EthnicityClassifier.Default.Classify(r[2]).Match == EthnicityMatch.Label), 0.01, 0.04);
        Assert.InRange(Share(people, r => r[2].IndexOf(' ', StringComparison.Ordinal) == 2 && !r[2].StartsWith("99", StringComparison.Ordinal)), 0.05, 0.15);

        // About 8% of people hold a second assignment, a few a third.
        var assignments = rows.GroupBy(r => r[0]).Select(g => g.Count()).ToList();
        Assert.InRange(assignments.Count(c => c >= 2) / (double)people.Count, 0.05, 0.11);
        Assert.Contains(3, assignments);
        Assert.InRange(Share(rows, r => r[1].Length == 0), 0.03, 0.08);
        Assert.InRange(Share(rows, r => r[6] == "Permanent"), 0.70, 0.90);
        Assert.InRange(Share(rows, r => r[6] == "Bank"), 0.03, 0.10);
        Assert.Contains(rows, r => r[6] == "Honorary");
        Assert.Contains(rows, r => r[6] == "Locum");
        Assert.Contains(rows, r => r[3] == "03");
        Assert.InRange(Share(people, r => r[9] == "Yes"), 0.03, 0.08);
        Assert.InRange(Share(people, r => r[9] == "No"), 0.65, 0.85);
        Assert.InRange(Share(people, r => StaffGroup.Parse(r[3]) == StaffGroup.NursingAndMidwiferyRegistered), 0.20, 0.32);
        Assert.InRange(Share(people, r => StaffGroup.Parse(r[3]) == StaffGroup.MedicalAndDental), 0.07, 0.13);
    }

    [Fact]
    public void RecruitmentRows_Default_FavourWhiteShortlistedApplicants()
    {
        var rows = RecruitmentRows.Value.Where((_, i) => i is not (RecruitmentAppointedNotShortlistedRow or RecruitmentBadDateRow)).ToList();
        var shortlisted = rows.Where(r => r[2] == "Yes").ToList();
        double Likelihood(EthnicGroup group)
        {
            var inGroup = shortlisted.Where(r => EthnicityClassifier.Default.Classify(r[1]).Group == group).ToList();
            return inGroup.Count(r => r[3] == "Yes") / (double)inGroup.Count;
        }

        Assert.InRange(shortlisted.Count / (double)rows.Count, 0.18, 0.32);
        Assert.InRange(shortlisted.Count(r => r[3] == "Yes") / (double)shortlisted.Count, 0.18, 0.32);
        Assert.InRange(Likelihood(EthnicGroup.White) / Likelihood(EthnicGroup.Bme), 1.1, 1.9);
        Assert.InRange(Share(rows, r => r[4].Contains('/', StringComparison.Ordinal)), 0.01, 0.06);
        Assert.InRange(Share(rows, r => TryDate(r[4]) is { } d && !Year.Contains(d)), 0.003, 0.03);
    }

    [Fact]
    public void DisciplinaryRows_Default_AboutOnePercentOfStaffMoreOftenBme()
    {
        var cases = DisciplinaryRows.Value.Skip(1).ToList();
        var ethnicity = StaffRows.Value.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => EthnicityClassifier.Default.Classify(g.First()[2]).Group);
        var people = cases.Select(c => c[1]).Distinct().ToList();
        var inStaff = people.Where(ethnicity.ContainsKey).ToList();
        double Rate(EthnicGroup group) =>
            inStaff.Count(p => ethnicity[p] == group) / (double)ethnicity.Values.Count(g => g == group);

        Assert.InRange(inStaff.Count / (double)Staff, 0.007, 0.016);
        // Generated at 1.5 times the White rate; with about 55 people in a process the ratio is noisy, hence the loose bounds.
        Assert.InRange(Rate(EthnicGroup.Bme) / Rate(EthnicGroup.White), 1.1, 2.6);
        Assert.InRange(Share(cases, c => c[3].Length == 0), 0.6, 0.8);
        Assert.InRange(Share(cases, c => c[4] == "Disciplinary"), 0.65, 0.9);
        Assert.Contains(cases, c => c[4].Length == 0);
        Assert.Contains(cases, c => c[4] == "Capability");
        Assert.True(cases.Count > people.Count, "some people have two cases");

        // A few cases name people who left during the year: in last year's staff, not this year's.
        var leavers = people.Except(inStaff).ToList();
        Assert.InRange(leavers.Count, 1, 20);
        var previous = SyntheticTrust.PreviousStaffRows(Options()).Select(r => r[0]).ToHashSet();
        Assert.All(leavers, p => Assert.Contains(p, previous));
    }

    [Fact]
    public void TrainingRows_Default_AboutOneCoursePerPersonFortyPercentOptional()
    {
        var rows = TrainingRows.Value.Where((_, i) => i != TrainingMaybeRow).ToList();

        Assert.InRange(rows.Count / (double)Staff, 0.85, 1.25);
        Assert.InRange(Share(rows, r => TryYesNo(r[2]) == false), 0.33, 0.47);
        Assert.Equal(["N", "No", "Y", "Yes"], rows.Select(r => r[2]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r[1] == "Leadership, Level 2");
        Assert.Contains(rows, r => r[1].Contains('"', StringComparison.Ordinal));
        Assert.Contains(rows, r => r[3].Length == 0);
        Assert.All(rows, r => Assert.Contains(r[0], StaffRows.Value.Select(s => s[0]).ToHashSet()));
    }

    [Fact]
    public void BoardRows_Default_TwelveToSixteenMembersWithANonExecutiveVotingMajority()
    {
        var rows = SyntheticTrust.BoardRows(Options()).ToList();

        Assert.InRange(rows.Count, 12, 16);
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
        var voting = rows.Where(r => r[2] == "Yes").ToList();
        Assert.True(voting.Count(r => r[3] == "No") > voting.Count(r => r[3] == "Yes"));
        Assert.All(rows, r => Assert.Equal(EthnicityMatch.Code, EthnicityClassifier.Default.Classify(r[1]).Match));
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "Yes", "No" }));
    }

    [Fact]
    public void SurveyRows_EveryRow_PercentIsPositiveOverRespondentsToOneDecimal()
    {
        var rows = SyntheticTrust.SurveyRows(Options()).ToList();

        Assert.Equal(["5", "5", "6", "6", "7", "7", "8", "8"], rows.Select(r => r[0]));
        Assert.Equal(["White", "BME"], rows.Select(r => r[1]).Distinct());
        foreach (var row in rows)
        {
            var respondents = int.Parse(row[3], CultureInfo.InvariantCulture);
            var positive = int.Parse(row[4], CultureInfo.InvariantCulture);
            Assert.InRange(positive, 0, respondents);
            var expected = Math.Round(100m * positive / respondents, 1, MidpointRounding.AwayFromZero);
            Assert.Equal(expected.ToString("0.0", CultureInfo.InvariantCulture), row[2]);
        }

        // BME staff report more discrimination (indicator 8) than White staff.
        Assert.True(decimal.Parse(rows[7][2], CultureInfo.InvariantCulture) > decimal.Parse(rows[6][2], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PreviousStaffRows_Default_AboutNinetyFivePercentTheSamePeople()
    {
        var current = StaffRows.Value.Select(r => r[0]).ToHashSet();
        var previousRows = SyntheticTrust.PreviousStaffRows(Options()).ToList();
        var previous = previousRows.Select(r => r[0]).ToHashSet();

        var overlap = current.Intersect(previous).Count();
        Assert.InRange(overlap / (double)current.Count, 0.90, 0.98);
        Assert.InRange(previous.Count / (double)current.Count, 0.95, 1.05);
        Assert.DoesNotContain(previousRows, r => r[3] == "Doctors" || r[4] == "Band 8" || r[2] == "NA");

        var previousCases = SyntheticTrust.PreviousDisciplinaryRows(Options()).ToList();
        Assert.NotEmpty(previousCases);
        Assert.All(previousCases, c => Assert.True(Year.Previous.Contains(TryDate(c[2])!.Value), c[2]));
        Assert.All(previousCases, c => Assert.Contains(c[1], previous));
        Assert.All(previousCases, c => Assert.StartsWith("ER-2025-", c[0], StringComparison.Ordinal));
    }

    [Fact]
    public void StaffRows_SeveralOrganisations_UseNumberedCodes()
    {
        var options = new SyntheticTrustOptions { StaffCount = 600, Organisations = 3, Organisation = "RAB" };

        Assert.Equal(["RAB01", "RAB02", "RAB03"], SyntheticTrust.StaffRows(options).Select(r => r[10]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["RAB01", "RAB02", "RAB03"], SyntheticTrust.RecruitmentRows(options).Select(r => r[9]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(SyntheticTrust.StaffRows(options).GroupBy(r => r[0]), g => Assert.Single(g.Select(r => r[10]).Distinct()));
    }

    [Fact]
    public void StaffRows_OtherYearEnd_DatesFollowTheYear()
    {
        var options = new SyntheticTrustOptions { StaffCount = 300, YearEnd = 2024 };
        var year = ReportingYear.EndingIn(2024);

        var cases = SyntheticTrust.DisciplinaryRows(options).ToList();

        Assert.All(cases.Where(c => c[0] != "ER-BAD-1"), c => Assert.True(year.Contains(TryDate(c[2])!.Value), c[2]));
        Assert.Equal("31/02/2023", cases.Single(c => c[0] == "ER-BAD-1")[2]);
        Assert.Equal("31/02/2024", SyntheticTrust.RecruitmentRows(options).ElementAt(RecruitmentBadDateRow)[4]);
    }

    // ---- Files ----

    [Fact]
    public void WriteCsv_Default_WritesEveryFileWithTheContractHeaders()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "new", "folder");

        var paths = SyntheticTrust.WriteCsv(Options(300), target);

        Assert.Equal(
            ["staff.csv", "recruitment.csv", "disciplinary.csv", "training.csv", "board.csv", "survey.csv", "previous-staff.csv", "previous-disciplinary.csv"],
            paths.Select(Path.GetFileName));
        Assert.All(paths, p => Assert.Equal(Path.GetFullPath(target), Path.GetDirectoryName(p)));
        string[][] headers =
        [
            ["Employee Number", "Assignment Number", "Ethnic Origin", "Staff Group", "Pay Band", "Primary Assignment", "Assignment Category", "FTE", "Occupation Code", "Disability", "Organisation"],
            ["Application Id", "Ethnic Origin", "Shortlisted", "Appointed", "Date", "Vacancy Reference", "Staff Group", "Pay Band", "Disability", "Organisation"],
            ["Case Reference", "Employee Number", "Start Date", "Ethnic Origin", "Case Type"],
            ["Employee Number", "Course", "Mandatory", "Date"],
            ["Member", "Ethnic Origin", "Voting", "Executive", "Disability"],
            ["Indicator", "Group", "Percent", "Respondents", "Positive"],
        ];
        Assert.Equal(headers,
            new[] { SyntheticTrust.StaffHeader, SyntheticTrust.RecruitmentHeader, SyntheticTrust.DisciplinaryHeader, SyntheticTrust.TrainingHeader, SyntheticTrust.BoardHeader, SyntheticTrust.SurveyHeader });
        for (var i = 0; i < paths.Count; i++)
        {
            var bytes = File.ReadAllBytes(paths[i]);
            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), "no byte-order mark");
            var text = new UTF8Encoding(false, true).GetString(bytes);
            Assert.Equal(text.Count(c => c == '\n'), text.Split("\r\n").Length - 1);
            var expected = i < 6 ? headers[i] : headers[i == 6 ? 0 : 2];
            Assert.Equal(expected, Rfc4180.Parse(text)[0]);
        }
    }

    [Fact]
    public void WriteCsv_WithoutPreviousYear_WritesSixFiles()
    {
        using var directory = new TempDirectory();

        var paths = SyntheticTrust.WriteCsv(new SyntheticTrustOptions { StaffCount = 200, IncludePreviousYear = false }, directory.Path);

        Assert.Equal(6, paths.Count);
        Assert.False(File.Exists(Path.Combine(directory.Path, "previous-staff.csv")));
    }

    [Fact]
    public void WriteCsv_QuotedFields_RoundTripThroughAnRfc4180Reader()
    {
        using var directory = new TempDirectory();
        var options = Options(2000);

        var paths = SyntheticTrust.WriteCsv(options, directory.Path);

        var text = File.ReadAllText(paths[3]);
        Assert.Contains("\"Leadership, Level 2\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Freedom to Speak Up: \"\"Listen Up\"\"\"", text, StringComparison.Ordinal);
        var parsed = Rfc4180.Parse(text);
        Assert.Equal(SyntheticTrust.TrainingRows(options), parsed.Skip(1));
        Assert.Contains(parsed, r => r[1] == "Leadership, Level 2");
        Assert.Contains(parsed, r => r[1] == "Freedom to Speak Up: \"Listen Up\"");
        Assert.Equal(SyntheticTrust.StaffRows(options), Rfc4180.Parse(File.ReadAllText(paths[0])).Skip(1));
        Assert.Equal(SyntheticTrust.RecruitmentRows(options), Rfc4180.Parse(File.ReadAllText(paths[1])).Skip(1));
    }

    // ---- Arguments ----

    [Fact]
    public void StaffRows_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SyntheticTrust.StaffRows(null!));
        Assert.Throws<ArgumentNullException>(() => SyntheticTrust.ToDataset(null!));
        Assert.Throws<ArgumentNullException>(() => SyntheticTrust.WriteCsv(Options(), null!));
    }

    [Theory]
    [InlineData(0, 1, 2026, "RXX")]
    [InlineData(50_000_001, 1, 2026, "RXX")]
    [InlineData(100, 0, 2026, "RXX")]
    [InlineData(100, 100, 2026, "RXX")]
    [InlineData(100, 1, 1901, "RXX")]
    [InlineData(100, 1, 2026, " ")]
    public void StaffRows_OptionOutOfRange_ThrowsAtTheCall(int staff, int organisations, int yearEnd, string organisation)
    {
        var options = new SyntheticTrustOptions { StaffCount = staff, Organisations = organisations, YearEnd = yearEnd, Organisation = organisation };

        Assert.ThrowsAny<ArgumentException>(() => SyntheticTrust.StaffRows(options));
        Assert.ThrowsAny<ArgumentException>(() => SyntheticTrust.BoardRows(options));
    }

    [Fact]
    public void StaffRows_TinyTrust_StillHoldsEveryBadRow()
    {
        var options = Options(3);

        var staff = SyntheticTrust.StaffRows(options).ToList();

        Assert.Equal(3, staff.Select(r => r[0]).Distinct().Count());
        Assert.Equal(["Doctors", "Band 8", "NA"], staff.TakeLast(3).Select((r, i) => r[i switch { 0 => 3, 1 => 4, _ => 2 }]));
        Assert.StartsWith("31/02/", SyntheticTrust.DisciplinaryRows(options).First()[2], StringComparison.Ordinal);
        Assert.Contains(SyntheticTrust.TrainingRows(options), r => r[2] == "Maybe");
    }

    // ---- Helpers ----

    private static double Share(IReadOnlyCollection<string[]> rows, Func<string[], bool> predicate) =>
        rows.Count(predicate) / (double)rows.Count;

    private static List<string[]> Without(IEnumerable<string[]> rows, params int[] positions) =>
        rows.Where((_, i) => !positions.Contains(i)).ToList();

    private static bool YesNo(string value) => TryYesNo(value) ?? throw new FormatException(value);

    private static bool? TryYesNo(string value) => value.Trim().ToUpperInvariant() switch
    {
        "YES" or "Y" or "TRUE" or "1" => true,
        "NO" or "N" or "FALSE" or "0" => false,
        _ => null,
    };

    private static LocalDate? TryDate(string value)
    {
        foreach (var format in new[] { "yyyy-MM-dd", "dd/MM/yyyy", "yyyyMMdd" })
        {
            if (DateTime.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return LocalDate.FromDateTime(date);
            }
        }

        return null;
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("wres-synthetic-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
