using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Wres.Esr;
using Wres.Synthetic;

namespace Wres.Excel.Tests;

/// <summary>
/// A synthetic trust's inputs twice: as CSV text, and as workbooks holding the same values the way Excel stores
/// them (ISO dates as serial numbers in a date style, plain numbers as numbers, text as shared or inline strings,
/// chosen at random). Each input keeps its CSV name, so the two reports can be compared whole.
/// </summary>
internal static partial class TrustWorkbooks
{
    private static readonly DateOnly SerialZero = new(1899, 12, 30);

    public static WresInputs Csv(SyntheticTrustOptions options) => Inputs(options, (name, header, rows) => InputFile.FromText(name, CsvText(header, rows)));

    public static WresInputs Excel(SyntheticTrustOptions options, int seed)
    {
        var random = new Random(seed);
        return Inputs(options, (name, header, rows) =>
        {
            var bytes = Workbook(header, rows, random);
            return ExcelInput.FromStream(name, () => new MemoryStream(bytes, writable: false));
        });
    }

    public static byte[] Workbook(IReadOnlyList<string> header, IEnumerable<string[]> rows, Random random)
    {
        var builder = new WorkbookBuilder().Row(1, [.. header]);
        uint number = 2;
        foreach (var row in rows)
        {
            builder.Row(number++, row.Select(value => (WorkbookCell?)Cell(value, random)).ToArray());
        }

        return builder.Build();
    }

    public static string CsvText(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', header.Select(Quote))).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        return text.ToString();
    }

    private static WorkbookCell? Cell(string value, Random random)
    {
        if (value.Length == 0)
        {
            return random.Next(2) == 0 ? null : WorkbookCell.Inline(string.Empty);
        }

        if (IsoDate().IsMatch(value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= new DateOnly(1900, 3, 1))
        {
            return WorkbookCell.Date(date.DayNumber - SerialZero.DayNumber, random.Next(2) == 0 ? WorkbookCell.BuiltInDate : WorkbookCell.CustomDate);
        }

        if (PlainNumber().IsMatch(value) && double.Parse(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) == value)
        {
            return WorkbookCell.Number(value);
        }

        return random.Next(2) == 0 ? WorkbookCell.Shared(value) : WorkbookCell.Inline(value);
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static WresInputs Inputs(SyntheticTrustOptions options, Func<string, IReadOnlyList<string>, IEnumerable<string[]>, InputFile> input) => new()
    {
        Staff = input("staff.csv", SyntheticTrust.StaffHeader, SyntheticTrust.StaffRows(options)),
        Recruitment = input("recruitment.csv", SyntheticTrust.RecruitmentHeader, SyntheticTrust.RecruitmentRows(options)),
        Disciplinary = input("disciplinary.csv", SyntheticTrust.DisciplinaryHeader, SyntheticTrust.DisciplinaryRows(options)),
        Training = input("training.csv", SyntheticTrust.TrainingHeader, SyntheticTrust.TrainingRows(options)),
        Board = input("board.csv", SyntheticTrust.BoardHeader, SyntheticTrust.BoardRows(options)),
        Survey = input("survey.csv", SyntheticTrust.SurveyHeader, SyntheticTrust.SurveyRows(options)),
        PreviousStaff = input("previous-staff.csv", SyntheticTrust.StaffHeader, SyntheticTrust.PreviousStaffRows(options)),
        PreviousDisciplinary = input("previous-disciplinary.csv", SyntheticTrust.DisciplinaryHeader, SyntheticTrust.PreviousDisciplinaryRows(options)),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();
}
