using Wres.Core;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Esr.Tests.RealExports;

/// <summary>The export-shaped files under <c>Corpus/</c>: one per quirk of real trust exports, each with hand-worked figures.</summary>
internal static class Corpus
{
    public static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    public static InputFile File(string name) => InputFile.FromPath(Path.Combine(AppContext.BaseDirectory, "Corpus", name));

    public static string Text(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", name));

    public static WresReport Report(WresInputs inputs, EqualityStandard standard = EqualityStandard.Wres, WresOptions? options = null) =>
        new WresFileReader(new WresCalculator(options ?? new WresOptions())).Read(inputs, Year, standard).ToReport();

    public static SourceQuality Quality(this WresReport report, string file) => report.DataQuality.Sources.Single(s => s.Source == file);

    public static (int Read, int Counted, int Excluded, int Rejected) Totals(this SourceQuality quality) =>
        (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected);

    public static int Excluded(this SourceQuality quality, ExclusionRule rule, string? detail = null) =>
        quality.Exclusions.Where(e => e.Rule == rule && (detail is null || e.Detail == detail)).Sum(e => e.Rows);

    public static GroupTally Row(this WresReport report, Segment? segment, string label) =>
        report.Representation.Rows.Single(r => r.Segment == segment && r.Label == label).Counts;
}
