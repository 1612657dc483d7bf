using NodaTime;
using Wres.Core;
using Wres.Core.PayGaps;
using Wres.Synthetic;

namespace Wres.Benchmarks;

/// <summary>
/// The synthetic trust at benchmark sizes, built once per process: the same deterministic generator the
/// tests and the tool's sample use (realistic ESR strings and proportions, seeded).
/// </summary>
public static class Data
{
    private static readonly Dictionary<int, WresDataset> Datasets = [];
    private static readonly Dictionary<int, string> Folders = [];
    private static readonly Dictionary<int, IReadOnlyList<PayRecord>> PayFiles = [];

    public static ReportingYear Year { get; } = ReportingYear.EndingIn(2026);

    /// <summary>The pay gap snapshot: the last day of <see cref="Year"/>.</summary>
    public static LocalDate Snapshot => Year.End;

    public static SyntheticTrustOptions Options(int staff) => new() { StaffCount = staff, Seed = 20260331, IncludeBadRows = false };

    /// <summary>Typed records for a workforce of the given size (about 2 applications and 1 course per person).</summary>
    public static WresDataset Dataset(int staff)
    {
        lock (Datasets)
        {
            if (!Datasets.TryGetValue(staff, out var dataset))
            {
                dataset = SyntheticTrust.ToDataset(Options(staff));
                Datasets[staff] = dataset;
            }

            return dataset;
        }
    }

    /// <summary>The pay file's rows as typed records for a workforce of the given size (about 1.09 rows per person).</summary>
    public static IReadOnlyList<PayRecord> Pay(int staff)
    {
        lock (PayFiles)
        {
            if (!PayFiles.TryGetValue(staff, out var pay))
            {
                pay = SyntheticTrust.ToPayRecords(Options(staff));
                PayFiles[staff] = pay;
            }

            return pay;
        }
    }

    /// <summary>The trust's CSV files for the given size, written once to a temporary folder.</summary>
    public static string Folder(int staff)
    {
        lock (Folders)
        {
            if (!Folders.TryGetValue(staff, out var folder))
            {
                folder = Path.Combine(Path.GetTempPath(), $"wres-bench-{staff}");
                if (!File.Exists(Path.Combine(folder, "survey.csv")))
                {
                    SyntheticTrust.WriteCsv(Options(staff), folder);
                }

                Folders[staff] = folder;
            }

            return folder;
        }
    }

    /// <summary>The trust's staff and pay files (pay.csv, staff.csv) for the given size, written once to a temporary folder.</summary>
    public static string PayFolder(int staff)
    {
        lock (Folders)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"wres-bench-pay-{staff}");
            if (!File.Exists(Path.Combine(folder, "pay.csv")))
            {
                var options = Options(staff);
                options.IncludePay = true;
                SyntheticTrust.WriteCsv(options, folder);
            }

            return folder;
        }
    }
}
