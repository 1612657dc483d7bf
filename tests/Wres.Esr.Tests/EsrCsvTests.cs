using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Esr.Tests;

public class EsrCsvTests
{
    [Fact]
    public void ReadStaff_ReturnsTypedRecordsAndRejectsBadRows()
    {
        var result = EsrCsv.ReadStaff(Csv.Staff(
            Csv.StaffRow("1", "C2 White Northern Irish", band: "Band 8 - Range B", category: "Bank"),
            Csv.StaffRow("2", group: "Doctors"),
            Csv.StaffRow("3", "LH British Asian", group: "Medical and Dental", band: "Specialty Registrar", primary: "N", fte: "0.6", assignment: "")));

        Assert.Equal(2, result.Records.Count);
        var first = result.Records[0];
        Assert.Equal(("1", "1-1", "C2", Grade.Band8B, AssignmentCategory.Bank), (first.EmployeeNumber, first.AssignmentNumber, first.EthnicOrigin!.Code, first.Grade, first.Category));
        var third = result.Records[1];
        Assert.Equal(("3", EthnicGroup.Bme, StaffGroup.MedicalAndDental, Grade.Trainee, false, 0.6m), (third.EffectiveAssignmentNumber, third.EthnicOrigin!.Group, third.StaffGroup, third.Grade, third.IsPrimary, third.Fte));
        Assert.Equal((3, 2, 0, 1), (result.Quality.RowsRead, result.Quality.RowsCounted, result.Quality.RowsExcluded, result.Quality.RowsRejected));
        Assert.Equal(WresErrorCodes.UnrecognisedStaffGroup, Assert.Single(result.Quality.Issues, i => i.Line is not null).Code);
    }

    [Fact]
    public void ReadCases_BlankEthnicityIsNullAndUnrecognisedIsNotKnown()
    {
        var result = EsrCsv.ReadCases(Csv.File("cases.csv", "Case Reference,Employee Number,Start Date,Ethnic Origin", "C1,1,2025-05-05,", "C2,1,2025-05-05,XX"));

        Assert.Null(result.Records[0].EthnicOrigin);
        Assert.Same(EthnicCategory.NotKnown, result.Records[1].EthnicOrigin);
    }

    [Fact]
    public void ReadSurvey_WdesRowsOnly()
    {
        var file = Csv.File("survey.csv", "Indicator,Group,Percent", "5,White,10", "5,Disabled,20", "4a(i),Non-disabled,30");

        var result = EsrCsv.ReadSurvey(file, EqualityStandard.Wdes);

        Assert.Equal([("5", ComparisonGroup.Focus), ("4a(i)", ComparisonGroup.Reference)], result.Records.Select(r => (r.Indicator, r.Group)));
        Assert.Equal(1, result.Quality.RowsExcluded);
    }

    [Fact]
    public void ReadStaff_LocalCodeOption_IsUsed()
    {
        var options = new WresOptions();
        options.Ethnicity.LocalCodes.Add(EthnicCategory.Local("CZ", "White - Manx", EthnicGroup.White));

        var result = EsrCsv.ReadStaff(Csv.Staff(Csv.StaffRow("1", "CZ Manx")), options);

        Assert.Equal("CZ", result.Records[0].EthnicOrigin!.Code);
        Assert.DoesNotContain(result.Quality.Issues, i => i.Severity != IssueSeverity.Note);
    }
}
