using Wres.Core.Validation;

namespace Wres.Esr.Tests.Contract;

/// <summary>Never silent: a value no rule reads, in any file's column, is counted as Unknown (or Other) with a warning naming the line and column.</summary>
public class UnreadValueTests
{
    [Theory]
    [InlineData("board", "Member,Ethnic Origin,Voting,Executive,Disability", "Chair,Martian,Yes,No,No", "Ethnic Origin", WresErrorCodes.UnrecognisedEthnicity)]
    [InlineData("board", "Member,Ethnic Origin,Voting,Executive,Disability", "Chair,A,Yes,No,Perhaps", "Disability", WresErrorCodes.UnrecognisedDisability)]
    [InlineData("disciplinary", "Case Reference,Employee Number,Start Date,Ethnic Origin", "C1,1,2025-06-01,Martian", "Ethnic Origin", WresErrorCodes.UnrecognisedEthnicity)]
    [InlineData("recruitment", "Application Id,Ethnic Origin,Shortlisted,Appointed,Disability", "A1,A,Yes,No,Perhaps", "Disability", WresErrorCodes.UnrecognisedDisability)]
    [InlineData("staff", "Employee Number,Ethnic Origin,Staff Group,Pay Band,Assignment Category", "1,A,03,Band 5,Sessional Mystery", "Assignment Category", WresErrorCodes.UnrecognisedAssignmentCategory)]
    [InlineData("staff", "Employee Number,Ethnic Origin,Staff Group,Pay Band,Disability", "1,A,03,Band 5,Perhaps", "Disability", WresErrorCodes.UnrecognisedDisability)]
    [InlineData("pay", "Employee Number,Full Pay,Hourly Rate,Disability", "1,Yes,20,Perhaps", "Disability", WresErrorCodes.UnrecognisedDisability)]
    [InlineData("pay", "Employee Number,Full Pay,Hourly Rate,Pay Band", "1,Yes,20,Band 99", "Pay Band", WresErrorCodes.UnrecognisedGrade)]
    [InlineData("pay", "Employee Number,Full Pay,Hourly Rate,Assignment Category", "1,Yes,20,Sessional Mystery", "Assignment Category", WresErrorCodes.UnrecognisedAssignmentCategory)]
    public void Read_ValueNoRuleReads_IsWarnedWithItsLineAndColumn(string kind, string header, string row, string column, string code)
    {
        var source = ContractReading.Quality(kind, Csv.File($"{kind}.csv", header, row));

        var issue = Assert.Single(source.Issues, i => i.Code == code);
        Assert.Equal((column, (int?)2), (issue.Column, issue.Line));
    }
}
