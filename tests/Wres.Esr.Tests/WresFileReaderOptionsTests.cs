using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wres.Core;

namespace Wres.Esr.Tests;

public class WresFileReaderOptionsTests
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static WresInputs Inputs() => new()
    {
        Staff = Csv.Staff(Csv.StaffRow("1"), Csv.StaffRow("2", ethnicity: "N Black African"), Csv.StaffRow("3", group: "Not a group"), Csv.StaffRow("4", group: "Nor this")),
    };

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxDegreeOfParallelism_BelowOne_Throws(int degree) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WresFileReader(new WresCalculator(), new WresFileReaderOptions { MaxDegreeOfParallelism = degree }));

    [Fact]
    public void MaxDegreeOfParallelism_One_ReadsChunkedFilesToTheSameReport()
    {
        var lines = Enumerable.Range(1, 3_000).Select(i => Csv.StaffRow(i.ToString(System.Globalization.CultureInfo.InvariantCulture), ethnicity: i % 3 == 0 ? "N" : "A")).ToArray();
        WresInputs Big() => new() { Staff = Csv.Staff(lines) };

        var one = new WresFileReader(new WresCalculator(), new WresFileReaderOptions { MaxDegreeOfParallelism = 1 }) { ChunkBytes = 4_096 };
        var every = new WresFileReader(new WresCalculator()) { ChunkBytes = 4_096 };

        Assert.Equal(new GroupTally(2_000, 1_000, 0), one.Read(Big(), Year).ToReport().Workforce);
        Assert.Equal(every.Read(Big(), Year).ToReport().Workforce, one.Read(Big(), Year).ToReport().Workforce);
    }

    [Fact]
    public void Logger_GetsEachInputsRowsAndTheRejectionsByCode()
    {
        var logger = new CollectingLogger();

        new WresFileReader(new WresCalculator(), logger: logger).Read(Inputs(), Year);

        Assert.Equal(
            [
                (LogLevel.Information, "staff.csv: 4 rows read, 2 counted, 0 excluded by rule, 2 rejected"),
                (LogLevel.Warning, "staff.csv: 2 rows rejected with WRES106"),
                (LogLevel.Information, "Read 1 inputs in"),
            ],
            logger.Entries.Select(e => (e.Level, e.Message.StartsWith("Read ", StringComparison.Ordinal) ? e.Message[..e.Message.IndexOf(" in ", StringComparison.Ordinal)] + " in" : e.Message)));
        Assert.DoesNotContain(logger.Entries, e => e.Message.Contains("Not a group", StringComparison.Ordinal));
    }

    [Fact]
    public void Logger_ByOrganisation_OneLinePerInput()
    {
        var logger = new CollectingLogger();

        new WresFileReader(new WresCalculator(), logger: logger).ReadByOrganisation(Inputs(), Year);

        Assert.Single(logger.Entries, e => e.Message.StartsWith("staff.csv: 4 rows read", StringComparison.Ordinal));
    }

    [Fact]
    public void AddWresFileReader_OptionsAndLoggerFromTheContainer()
    {
        var logger = new CollectingLogger();
        using var provider = new ServiceCollection()
            .AddSingleton<ILogger<WresFileReader>>(logger)
            .AddWresFileReader(o => o.MaxDegreeOfParallelism = 1)
            .BuildServiceProvider();

        provider.GetRequiredService<WresFileReader>().Read(Inputs(), Year);

        Assert.Contains(logger.Entries, e => e.Message == "staff.csv: 4 rows read, 2 counted, 0 excluded by rule, 2 rejected");
    }

    [Fact]
    public void AddWresFileReader_BadOptions_ThrowOnResolve()
    {
        using var provider = new ServiceCollection().AddWresFileReader(o => o.MaxDegreeOfParallelism = 0).BuildServiceProvider();

        Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<WresFileReader>());
    }

    private sealed class CollectingLogger : ILogger<WresFileReader>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
