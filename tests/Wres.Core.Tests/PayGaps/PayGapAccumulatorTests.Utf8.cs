using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.PayGaps;
using Wres.Core.Tests.Generators;
using Wres.Core.Validation;

namespace Wres.Core.Tests.PayGaps;

/// <summary>The reader's seam: rows added by their UTF-8 employee numbers and <see cref="PayFacts"/>.</summary>
public partial class PayGapAccumulatorTests
{
    [Property(MaxTest = 100)]
    public Property AddPayUtf8_GivesTheSameReportAsTheTypedRecords() =>
        Prop.ForAll(PayGenerators.Rows(pool: 40, maxRows: 150).ToArbitrary(), PayGenerators.Staff(pool: 40).ToArbitrary(), (rows, staff) =>
        {
            var typed = Calculator.Calculate(rows, PayGapTesting.Snapshot, staff);

            using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
            for (var i = 0; i < rows.Count; i++)
            {
                var record = rows[i];
                accumulator.AddPay(Encoding.UTF8.GetBytes(record.EmployeeNumber.Trim()), Facts(record), i + 1);
            }

            accumulator.AddStaff([], null, Core.Disability.DisabilityGroup.Unknown); // staff data given, as Calculate's empty list says
            foreach (var assignment in staff)
            {
                accumulator.AddStaff(Encoding.UTF8.GetBytes(assignment.EmployeeNumber.Trim()), assignment.EthnicOrigin, assignment.Disability);
            }

            return PayReportFingerprint.Of(accumulator.ToReport()) == PayReportFingerprint.Of(typed);
        });

    [Fact]
    public void AddPayUtf8_RejectedRow_ReturnsFalseWithTheReadersLine()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot, "pay.csv");

        var taken = accumulator.AddPay("7"u8, new PayFacts { FullPay = true, HourlyRate = -1m }, line: 42);

        Assert.False(taken);
        var issue = Assert.Single(accumulator.ToReport().DataQuality.Sources.Single().Issues);
        Assert.Equal(("pay.csv", 42, "Hourly Rate", WresErrorCodes.NegativePayAmount), (issue.Source, issue.Line!.Value, issue.Column, issue.Code));
    }

    [Fact]
    public void AddPayUtf8_EmptyEmployeeNumber_IsRejectedAsMissing()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);

        Assert.False(accumulator.AddPay([], new PayFacts { FullPay = true, HourlyRate = 10m }, line: 2));
        Assert.Equal(WresErrorCodes.RequiredValueMissing, accumulator.Tally.ToQuality().Issues.Single().Code);
    }

    [Fact]
    public void AddPayUtf8_UndefinedSex_Throws()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);

        Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.AddPay("1"u8, new PayFacts { FullPay = true, HourlyRate = 10m, Sex = (Sex)9 }, line: 2));
    }

    [Fact]
    public void AddStaffUtf8_NoRows_StillMarksTheStaffDataAsGiven()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);

        accumulator.AddStaff([], null, Core.Disability.DisabilityGroup.Unknown);

        Assert.True(accumulator.ToReport().StaffProvided);
    }

    private static PayFacts Facts(PayRecord record) => new()
    {
        FullPay = record.FullPay,
        HourlyRate = record.HourlyRate,
        OrdinaryPay = record.OrdinaryPay,
        WeeklyHours = record.WeeklyHours,
        PayPeriodDays = record.PayPeriodDays,
        BonusInPeriod = record.BonusInPeriod,
        Bonus12Months = record.Bonus12Months,
        EthnicOrigin = record.EthnicOrigin,
        Disability = record.Disability,
        Sex = record.Sex,
        Grade = record.Grade,
        Category = record.Category,
    };
}
