using NodaTime;
using Wres.Core.Validation;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>The value checks parsers share; each rejects the row (with its code) and returns false on failure.</summary>
internal static class RowChecks
{
    public static bool FieldCount(CsvTable table, SourceTally tally)
    {
        if (table.FieldCountProblem() is { } problem)
        {
            tally.Reject(table.Line, null, WresErrorCodes.WrongFieldCount, problem);
            return false;
        }

        return true;
    }

    public static bool Required(CsvRecord record, SourceTally tally, FileSchema schema, int column, out ReadOnlySpan<byte> value)
    {
        value = Fields.Trim(record[column]);
        if (value.IsEmpty)
        {
            var name = Columns.Name(schema, column);
            tally.Reject(record.Line, RecordRules.Present(name));
            return false;
        }

        return true;
    }

    public static bool YesNo(CsvRecord record, SourceTally tally, FileSchema schema, int column, bool? whenBlank, out bool value)
    {
        var text = record[column];
        if (Fields.IsBlank(text) && whenBlank is { } fallback)
        {
            value = fallback;
            return true;
        }

        if (Fields.TryYesNo(text, out value))
        {
            return true;
        }

        var name = Columns.Name(schema, column);
        if (Fields.IsBlank(text))
        {
            tally.Reject(record.Line, RecordRules.Present(name));
        }
        else
        {
            tally.Reject(record.Line, name, WresErrorCodes.InvalidYesNo,
                $"{name} {Fields.Quote(text)} is not Yes or No (Yes, No, Y, N, True, False, 1 or 0).");
        }

        return false;
    }

    /// <summary>An optional date; <see langword="null"/> when the cell is blank.</summary>
    public static bool OptionalDate(CsvRecord record, SourceTally tally, FileSchema schema, int column, out LocalDate? value)
    {
        var text = record[column];
        value = null;
        if (Fields.IsBlank(text))
        {
            return true;
        }

        if (Fields.TryDate(text, out var date))
        {
            value = date;
            return true;
        }

        RejectDate(record, tally, Columns.Name(schema, column), text);
        return false;
    }

    public static bool RequiredDate(CsvRecord record, SourceTally tally, FileSchema schema, int column, out LocalDate value)
    {
        var text = record[column];
        value = default;
        var name = Columns.Name(schema, column);
        if (Fields.IsBlank(text))
        {
            tally.Reject(record.Line, RecordRules.Present(name));
            return false;
        }

        if (Fields.TryDate(text, out value))
        {
            return true;
        }

        RejectDate(record, tally, name, text);
        return false;
    }

    private static void RejectDate(CsvRecord record, SourceTally tally, string name, ReadOnlySpan<byte> text) =>
        tally.Reject(record.Line, name, WresErrorCodes.InvalidDate,
            $"{name} {Fields.Quote(text)} is not a date in the form 2026-03-31, 31/03/2026, 20260331 or 31-Mar-2026.");

    public static bool OptionalCount(CsvRecord record, SourceTally tally, FileSchema schema, int column, out int? value)
    {
        var text = record[column];
        value = null;
        if (Fields.IsBlank(text))
        {
            return true;
        }

        var name = Columns.Name(schema, column);
        if (!Fields.TryInteger(text, out var number))
        {
            tally.Reject(record.Line, name, WresErrorCodes.InvalidNumber, $"{name} {Fields.Quote(text)} is not a whole number.");
            return false;
        }

        if (number < 0)
        {
            tally.Reject(record.Line, RecordRules.NotNegative(name));
            return false;
        }

        value = number;
        return true;
    }
}
