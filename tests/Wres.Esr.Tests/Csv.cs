using System.Text;

namespace Wres.Esr.Tests;

/// <summary>Builds CSV test inputs: a header and rows, RFC 4180 quoted where needed.</summary>
internal static class Csv
{
    public const string StaffHeader = "Employee Number,Assignment Number,Ethnic Origin,Staff Group,Pay Band,Primary Assignment,Assignment Category,FTE";

    public static InputFile File(string name, string header, params string[] rows) =>
        InputFile.FromText(name, header + "\r\n" + string.Join("\r\n", rows) + "\r\n");

    public static string Row(params string?[] cells) => string.Join(",", cells.Select(Quote));

    public static string Quote(string? cell)
    {
        cell ??= string.Empty;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    public static InputFile Staff(params string[] rows) => File("staff.csv", StaffHeader, rows);

    public static string StaffRow(string employee, string ethnicity = "A White - British", string group = "Nursing and Midwifery Registered", string band = "Band 5", string primary = "Yes", string category = "Permanent", string fte = "1.0", string? assignment = null) =>
        Row(employee, assignment ?? employee + "-1", ethnicity, group, band, primary, category, fte);

    public static byte[] Windows1252(string text) => CodePages.GetBytes(text);

    private static readonly Encoding CodePages = GetCodePage();

    private static Encoding GetCodePage()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
