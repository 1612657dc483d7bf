using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Core.Validation;

namespace Wres.Esr.Tests.RealExports;

/// <summary>
/// Issue 9: how a file is laid out and how its headers are spelt never changes the report. Any order of the columns,
/// any casing, spaces or <c>_ - . /</c> in the headers, any of the names a column answers to, any delimiter and any
/// preamble give the report the plain CSV gives.
/// </summary>
public class HeaderAndLayoutPropertyTests
{
    /// <summary>The staff columns, each with every name it answers to (its own first).</summary>
    private static readonly string[][] Names =
    [
        ["Employee Number", "Employee No", "Emp No", "Staff Number", "Person Number"],
        ["Assignment Number"],
        ["Ethnic Origin", "Ethnicity", "Ethnic Group", "Ethnic Category"],
        ["Staff Group"],
        ["Pay Band", "Band", "AfC Band", "Pay Grade", "Grade Name"],
        ["Primary Assignment", "Primary Assignment Flag", "Primary Flag", "Primary"],
        ["Assignment Category", "Assignment Type", "Employee Category"],
        ["FTE", "WTE", "Contracted WTE", "Contracted FTE", "Assignment FTE"],
        ["Disability", "Disability Flag", "Disabled", "Disability Status"],
    ];

    /// <summary>Rows with every case the columns decide: two assignments of one person (primary by flag and by FTE), bank, unknown values.</summary>
    private static readonly string[][] Rows =
    [
        ["1", "1-1", "A White - British", "03", "Band 5", "Yes", "Permanent", "0.6", "Yes"],
        ["1", "1-2", "A White - British", "03", "Band 7", "No", "Permanent", "0.8", "Yes"],
        ["2", "2-1", "N Black or Black British - African", "03", "Band 05", "Y", "Permanent", "1", "No"],
        ["3", "3-1", "H", "08", "Band 3", "", "Fixed Term Temp", "", "Not Declared"],
        ["4", "4-1", "Z Not Stated", "01", "Specialty Registrar ST3", "Yes", "Permanent", "1", "No"],
        ["5", "5-1", "M", "03", "Band 6", "Yes", "Bank Staff", "1", "Yes"],
        ["6", "6-1", "A", "03", "Band 6", "No", "Permanent", "0.5", ""],
        ["6", "6-2", "A", "09", "Band 2", "No", "Permanent", "0.7", ""],
        ["7", "7-1", "R", "04", "Band 8a", "Yes", "Honorary Contract", "1", "No"],
        ["8", "8-1", "C", "07", "Band 4", "Yes", "Locum", "1", "Yes"],
    ];

    private static readonly char[] Delimiters = [',', '\t', ';', '|'];

    private static readonly Lazy<string> Plain = new(() => Fingerprint(Csv(Enumerable.Range(0, Names.Length).ToArray(), [.. Names.Select(n => n[0])], ',')));

    [Property(MaxTest = 60)]
    public Property Read_AnyHeaderOrderSpellingAndAlias_GivesThePlainReport() =>
        Prop.ForAll(Headers().ToArbitrary(), header =>
        {
            return (Fingerprint(Csv(header.Order, header.Names, ',')) == Plain.Value).Label($"{string.Join(" | ", header.Names)}");
        });

    [Property(MaxTest = 40)]
    public Property Read_AnyDelimiterOrPreamble_GivesThePlainReport() =>
        Prop.ForAll(Gen.Elements(Delimiters).ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (delimiter, preamble) =>
        {
            var text = new StringBuilder();
            var titles = new[] { "Staff in Post - Example NHS Trust", "Run date: 31/03/2026 06:00", string.Empty, "ESR BI extract", string.Empty };
            for (var i = 0; i < preamble; i++)
            {
                text.Append(titles[i]).Append(delimiter, i % 2 == 0 ? 3 : 0).Append("\r\n");
            }

            text.Append(Csv(Enumerable.Range(0, Names.Length).ToArray(), [.. Names.Select(n => n[0])], delimiter));
            var quality = Read(text.ToString(), EqualityStandard.Wres).DataQuality.Sources.Single();
            var noted = (preamble == 0 || quality.Issues.Any(i => i.Code == WresErrorCodes.PreambleSkipped))
                && (delimiter == ',') != quality.Issues.Any(i => i.Code == WresErrorCodes.DelimiterDetected);
            return (Fingerprint(text.ToString()) == Plain.Value && noted).Label($"delimiter {(int)delimiter}, {preamble} preamble lines");
        });

    private static Gen<(int[] Order, string[] Names)> Headers() =>
        from order in Gen.Shuffle(Enumerable.Range(0, Names.Length).ToArray())
        from choices in Gen.Choose(0, 4).ArrayOf(Names.Length)
        from styles in Gen.Choose(0, 5).ArrayOf(Names.Length)
        from casing in Gen.Choose(0, 2).ArrayOf(Names.Length)
        select (order, Names.Select((names, c) => Style(names[choices[c] % names.Length], styles[c], casing[c])).ToArray());

    /// <summary>A header written another way: its spaces as one of <c>_ - . /</c> or none, in upper, lower or its own case, with spaces around.</summary>
    private static string Style(string name, int separator, int casing)
    {
        var styled = name.Replace(" ", separator switch { 0 => " ", 1 => "_", 2 => "-", 3 => ".", 4 => "/", _ => string.Empty }, StringComparison.Ordinal);
        styled = casing switch { 0 => styled.ToUpperInvariant(), 1 => styled.ToLowerInvariant(), _ => styled };
        return separator == 0 ? $" {styled} " : styled;
    }

    private static string Csv(int[] order, string[] names, char delimiter)
    {
        var text = new StringBuilder();
        text.AppendJoin(delimiter, order.Select(c => names[c])).Append('\n');
        foreach (var row in Rows)
        {
            text.AppendJoin(delimiter, order.Select(c => row[c])).Append('\n');
        }

        return text.ToString();
    }

    private static WresReport Read(string staff, EqualityStandard standard) =>
        new WresFileReader().Read(new WresInputs { Staff = InputFile.FromText("staff.csv", staff) }, Corpus.Year, standard).ToReport();

    /// <summary>Every figure of the WRES and the WDES report (the WDES reads the disability column), and what happened to each row (lines aside: a preamble moves them).</summary>
    private static string Fingerprint(string staff)
    {
        var report = Read(staff, EqualityStandard.Wres);
        var wdes = Read(staff, EqualityStandard.Wdes);
        var quality = report.DataQuality.Sources.Single();
        return ReportComparer.Numbers(report) + "|" + ReportComparer.Numbers(wdes)
            + string.Create(CultureInfo.InvariantCulture, $"|{quality.RowsRead}/{quality.RowsCounted}/{quality.RowsExcluded}/{quality.RowsRejected}|{wdes.Representation.DeclarationRate}|")
            + string.Join(",", quality.Exclusions.Select(e => $"{e.Rule}:{e.Detail}:{e.Rows}")) + "|"
            + string.Join(",", quality.Issues.Where(i => i.Line is not null).Select(i => i.Code));
    }
}
