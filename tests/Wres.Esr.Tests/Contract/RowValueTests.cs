using Wres.Core;

namespace Wres.Esr.Tests.Contract;

/// <summary>Optional values carried from a row to what the reader gives back: blank is absent (null), anything else is kept.</summary>
public class RowValueTests
{
    [Fact]
    public void ReadApplications_VacancyAndOrganisation_AreKeptOrNullWhenBlank()
    {
        var file = Csv.File(
            "recruitment.csv",
            "Application Id,Ethnic Origin,Shortlisted,Appointed,Vacancy Reference,Organisation",
            "A1,A,Yes,No, V-101 ,RX1",
            "A2,A,Yes,No,,");

        var records = EsrCsv.ReadApplications(file).Records;

        Assert.Equal([("V-101", "RX1"), (null, null)], records.Select(r => (r.VacancyReference, r.Organisation)));
    }

    [Fact]
    public void ReadStaff_Organisation_IsKeptOrNullWhenBlank()
    {
        var file = Csv.File(
            "staff.csv",
            Csv.StaffHeader + ",Organisation",
            Csv.StaffRow("1") + ",RX1",
            Csv.StaffRow("2") + ",");

        var records = EsrCsv.ReadStaff(file).Records;

        Assert.Equal(["RX1", null], records.Select(r => r.Organisation));
    }

    [Fact]
    public void Read_CaseWithItsOwnEthnicity_IsCountedByIt_ABlankOneByTheStaffFile()
    {
        // Person 1 is White in the staff file; their first case records them as Black, the second records nothing.
        var staff = Csv.Staff(Csv.StaffRow("1"), Csv.StaffRow("2"));
        var cases = Csv.File(
            "disciplinary.csv",
            "Case Reference,Employee Number,Start Date,Ethnic Origin",
            "C1,1,2025-06-01,N Black or Black British - African",
            "C2,2,2025-06-01,");

        var report = new WresFileReader().Read(new WresInputs { Staff = staff, Disciplinary = cases }, ReportingYear.EndingIn(2026)).ToReport();

        Assert.Equal((1, 1), (report.FormalProcess.Reference.Events, report.FormalProcess.Focus.Events));
    }
}
