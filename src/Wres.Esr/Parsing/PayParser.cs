using System.Runtime.CompilerServices;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Validation;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>
/// Reads the pay file (one row per person or per assignment) into pay gap accumulators: the amounts parsed (a value that
/// is not a number rejects the row, since it would change someone's hourly pay), the categories classified once per
/// distinct value, and the record rules applied by the accumulator.
/// </summary>
internal static class PayParser
{
    private const int Employee = 0;
    private const int FullPay = 1;
    private const int HourlyRate = 2;
    private const int OrdinaryPay = 3;
    private const int WeeklyHours = 4;
    private const int PayPeriodDays = 5;
    private const int BonusInPeriod = 6;
    private const int Bonus12Months = 7;
    private const int Ethnicity = 8;
    private const int Disability = 9;
    private const int Sex = 10;
    private const int Band = 11;
    private const int Category = 12;
    private const int Organisation = 13;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse(CsvTable table, Classifiers classifiers, PayRouter router, CancellationToken cancellationToken)
    {
        var schema = Columns.Pay;
        var values = classifiers.Settings.Values;
        var sexes = new SpanCache<Sex>(text => values.TryGetSex(text, out var mapped) ? mapped : Sexes.Parse(text));
        var fixedTally = router.For([]).Tally;
        while (table.Read(fixedTally, cancellationToken))
        {
            var record = table.Record;
            var line = table.Line;
            var accumulator = router.For(Fields.Trim(record[Organisation]));
            var tally = accumulator.Tally;
            // Stryker disable once Logical,Block,Statement : each rule in turn; without the continue, or with &&, a value read later could be unassigned (does not compile)
            if (!RowChecks.FieldCount(table, tally)
                || !RowChecks.Required(record, tally, schema, Employee, out var employee)
                || !RowChecks.YesNo(record, tally, schema, FullPay, whenBlank: null, out var fullPay)
                || !Amount(record, tally, HourlyRate, out var hourlyRate)
                || !Amount(record, tally, OrdinaryPay, out var ordinaryPay)
                || !Amount(record, tally, WeeklyHours, out var weeklyHours)
                || !Days(record, tally, out var payPeriodDays)
                || !Amount(record, tally, BonusInPeriod, out var bonusInPeriod)
                || !Amount(record, tally, Bonus12Months, out var bonus12Months))
            {
                continue;
            }

            // A blank ethnicity or disability is "none given": the staff file decides. A value that does not classify is Unknown.
            var ethnicityText = record[Ethnicity];
            var ethnicity = Fields.IsBlank(ethnicityText) ? null : classifiers.Ethnicity(ethnicityText);
            var disabilityText = record[Disability];
            var disability = Fields.IsBlank(disabilityText) ? null : classifiers.Disability(disabilityText);
            var bandText = record[Band];
            var grade = Fields.IsBlank(bandText) ? null : classifiers.Grade(bandText);
            var category = classifiers.Category(record[Category]);
            var sexText = Fields.Trim(record[Sex]);

            var taken = accumulator.AddPay(
                employee,
                new PayFacts
                {
                    FullPay = fullPay,
                    HourlyRate = hourlyRate,
                    OrdinaryPay = ordinaryPay,
                    WeeklyHours = weeklyHours,
                    PayPeriodDays = payPeriodDays,
                    BonusInPeriod = bonusInPeriod,
                    Bonus12Months = bonus12Months,
                    EthnicOrigin = ethnicity is null ? null : ethnicity.Value.Category ?? EthnicCategory.NotKnown,
                    Disability = disability?.Value,
                    Sex = sexText.IsEmpty ? Core.PayGaps.Sex.Unknown : sexes.Get(sexText),
                    Grade = grade?.Value.Grade,
                    Category = category.Value,
                },
                line);
            if (taken)
            {
                ethnicity?.Issue?.Seen(tally, line);
                disability?.Issue?.Seen(tally, line);
                grade?.Issue?.Seen(tally, line);
                category.Issue?.Seen(tally, line);
            }
        }

        classifiers.Flush();
    }

    /// <summary>
    /// Reads the staff file's employee numbers, ethnic origins and disabilities for the people whose pay rows give none,
    /// into every accumulator the pay file was routed to. The staff file's own findings belong to the WRES report, not
    /// to the pay gaps, so none are recorded here.
    /// </summary>
    public static void ParseStaffFacts(CsvTable table, Classifiers classifiers, IReadOnlyList<PayGapAccumulator> accumulators, CancellationToken cancellationToken)
    {
        var ignored = new SourceTally("staff");
        const int StaffEthnicity = 2;
        const int StaffDisability = 9;
        for (var i = 0; i < accumulators.Count; i++)
        {
            accumulators[i].AddStaff([], null, Core.Disability.DisabilityGroup.Unknown); // marks the staff data as given, even when it holds no row
        }

        while (table.Read(ignored, cancellationToken))
        {
            var record = table.Record;
            var employee = Fields.Trim(record[Employee]);
            var ethnicityText = record[StaffEthnicity];
            var ethnicity = Fields.IsBlank(ethnicityText) ? null : classifiers.Ethnicity(ethnicityText).Value.Category ?? EthnicCategory.NotKnown;
            var disability = classifiers.Disability(record[StaffDisability]).Value;
            for (var i = 0; i < accumulators.Count; i++)
            {
                accumulators[i].AddStaff(employee, ethnicity, disability);
            }
        }
    }

    /// <summary>The optional pay period days: blank is <see langword="null"/>; a value that is not a whole number rejects the row (a negative one is the accumulator's to reject).</summary>
    private static bool Days(CsvRecord record, SourceTally tally, out int? value)
    {
        var text = record[PayPeriodDays];
        value = null;
        if (Fields.IsBlank(text))
        {
            return true;
        }

        if (Fields.TryInteger(text, out var days))
        {
            value = days;
            return true;
        }

        var name = Columns.Name(Columns.Pay, PayPeriodDays);
        tally.Reject(record.Line, name, WresErrorCodes.InvalidNumber, $"{name} {Fields.Quote(text)} is not a whole number.");
        return false;
    }

    /// <summary>An optional amount: blank is <see langword="null"/>; a value that is not a number rejects the row (<see cref="WresErrorCodes.InvalidNumber"/>).</summary>
    private static bool Amount(CsvRecord record, SourceTally tally, int column, out decimal? value)
    {
        var text = record[column];
        value = null;
        if (Fields.IsBlank(text))
        {
            return true;
        }

        if (Fields.TryPlainDecimal(text, out var plain, out _) || Fields.TryDecimal(text, out plain))
        {
            value = plain;
            return true;
        }

        var name = Columns.Name(Columns.Pay, column);
        tally.Reject(record.Line, name, WresErrorCodes.InvalidNumber, $"{name} {Fields.Quote(text)} is not a number.");
        return false;
    }
}
