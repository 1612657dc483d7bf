using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;

namespace Wres.Esr.Tests;

/// <summary>
/// Any string in any cell: nothing throws, and every row is counted, excluded or rejected. (NUL
/// characters are left out: a file with NUL bytes near its start is reported as binary, which
/// <see cref="CsvReadingTests"/> covers.)
/// </summary>
public class HostileInputTests
{
    private static readonly Gen<string> Cell = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<string>().Select(s => (s ?? string.Empty).Replace("\0", string.Empty, StringComparison.Ordinal))),
        (2, Gen.Elements("", " ", "\"", ",", "\r\n", "\n", "Yes", "No", "Band 8", "NA", "A", "03", "1.0", "2025-06-01", "31/02/2026", "Bank", "=cmd()", "\u00e9\u00a3")),
        (1, Gen.Choose(0, 99_999).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>The rows read: a row whose every cell is blank is a blank line (what Excel leaves below the data), skipped.</summary>
    private static int Lines(List<string[]> rows) =>
        rows.Count(r => r.Any(c => !Wres.Esr.Internal.Fields.IsBlank(System.Text.Encoding.UTF8.GetBytes(c))));

    private static Gen<List<string[]>> Rows(int columns) =>
        from count in Gen.Choose(0, 40)
        from rows in Cell.ArrayOf(columns).ListOf(count)
        select rows.ToList();

    [Property(MaxTest = 150)]
    public Property Read_HostileStaffAndRecruitmentRows_Reconcile() =>
        Prop.ForAll(Rows(8).ToArbitrary(), Rows(5).ToArbitrary(), (staff, applications) =>
        {
            var inputs = new WresInputs
            {
                Staff = Csv.File("staff.csv", Csv.StaffHeader, [.. staff.Select(r => Csv.Row(r))]),
                Recruitment = Csv.File("recruitment.csv", "Application Id,Ethnic Origin,Shortlisted,Appointed,Date", [.. applications.Select(r => Csv.Row(r))]),
            };

            var report = new WresFileReader().Read(inputs, ReportingYear.EndingIn(2026)).ToReport();

            var sources = report.DataQuality.Sources;
            return sources.All(s => s.Reconciles)
                && sources[0].RowsRead == Lines(staff)
                && sources[1].RowsRead == Lines(applications)
                && sources.All(s => s.Issues.Count(i => i.Severity == Core.Validation.IssueSeverity.Error) == s.RowsRejected);
        });

    [Property(MaxTest = 100)]
    public Property Read_HostileCaseTrainingBoardSurveyRows_Reconcile() =>
        Prop.ForAll(Rows(5).ToArbitrary(), Rows(4).ToArbitrary(), Rows(5).ToArbitrary(), (cases, training, survey) =>
        {
            var inputs = new WresInputs
            {
                Staff = Csv.Staff(Csv.StaffRow("1")),
                Disciplinary = Csv.File("disciplinary.csv", "Case Reference,Employee Number,Start Date,Ethnic Origin,Case Type", [.. cases.Select(r => Csv.Row(r))]),
                Training = Csv.File("training.csv", "Employee Number,Course,Mandatory,Date", [.. training.Select(r => Csv.Row(r))]),
                Survey = Csv.File("survey.csv", "Indicator,Group,Percent,Respondents,Positive", [.. survey.Select(r => Csv.Row(r))]),
            };

            var report = new WresFileReader().Read(inputs, ReportingYear.EndingIn(2026)).ToReport();

            return report.DataQuality.Sources.All(s => s.Reconciles)
                && report.DataQuality.Sources.Skip(1).Select(s => s.RowsRead).SequenceEqual([Lines(cases), Lines(training), Lines(survey)]);
        });
}
