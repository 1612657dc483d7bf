using System.Text;

namespace Wres.Cli.Tests;

/// <summary>
/// Whole reports compared byte for byte with reports checked in under <c>Golden/</c>: the bundled sample trust
/// (WRES and WDES, as JSON and as text) and a generated trust of three organisations (<c>--by-organisation</c>,
/// as JSON). A change anywhere between the bytes of an input file and the report written shows here.
/// </summary>
/// <remarks>
/// When a report is meant to change, regenerate the files deliberately and review their diff before committing:
/// <c>WRES_UPDATE_GOLDEN=1 dotnet test tests/Wres.Cli.Tests -c Release --filter GoldenReportTests</c>. The
/// variable makes each test write its file into the source tree (and pass); without it a test never writes.
/// </remarks>
public sealed class GoldenReportTests : IDisposable
{
    private static readonly string[] Files = ["staff", "recruitment", "disciplinary", "training", "board", "survey", "previous-staff", "previous-disciplinary"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("wres", "json")]
    [InlineData("wres", "text")]
    [InlineData("wdes", "json")]
    [InlineData("wdes", "text")]
    public void Report_SampleTrust_MatchesTheCheckedInReport(string standard, string format)
    {
        var run = CliRun.Of("report", "--sample", "--standard", standard, "--year-end", "2026-03-31", "--format", format);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("wres: 5 rows rejected", run.Error, StringComparison.Ordinal);
        AssertGolden($"sample-{standard}.{(format == "text" ? "txt" : format)}", run.Output);
    }

    [Fact]
    public void Report_ThreeOrganisationsByOrganisation_MatchesTheCheckedInReport()
    {
        var trust = _folder.Combine("trust");
        var sample = CliRun.Of("sample", "--output", trust, "--organisations", "3", "--staff-count", "2400", "--seed", "11");
        Assert.Equal((0, string.Empty), (sample.ExitCode, sample.Error));

        var run = CliRun.Of(["report", "--by-organisation", .. Files.SelectMany(f => new[] { "--" + f, Path.Combine(trust, f + ".csv") }), "--year-end", "2026-03-31", "--organisation", "Example ICS", "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("wres: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("rows rejected", run.Error, StringComparison.Ordinal);
        AssertGolden("three-organisations.json", run.Output);
    }

    private static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(ProjectFolder(), "Golden", name);
        if (Environment.GetEnvironmentVariable("WRES_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"{name} is not checked in; set WRES_UPDATE_GOLDEN=1 to write it, then review it.");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"{name} differs from the checked-in report {FirstDifference(expected, actual)}. If the change is meant, run with WRES_UPDATE_GOLDEN=1 and review the diff.");
        }
    }

    /// <summary>
    /// This test project's source folder, found from the test assembly's folder upwards (a compiler-given source
    /// path is mapped away in continuous-integration builds).
    /// </summary>
    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Wres.Cli.Tests.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The Wres.Cli.Tests project folder is not above the test assembly.");
    }

    /// <summary>Where two texts first differ: the line number and both lines.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end)";
            var y = i < b.Length ? b[i] : "(end)";
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                return $"at line {i + 1}: expected «{x.TrimEnd('\r')}», got «{y.TrimEnd('\r')}»";
            }
        }

        return "in its line ends";
    }
}
