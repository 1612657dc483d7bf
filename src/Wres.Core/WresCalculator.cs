using Wres.Core.RollUp;
using Wres.Core.Internal;

namespace Wres.Core;

/// <summary>
/// Computes WRES and WDES reports from typed records. Immutable and thread-safe: create one (or resolve
/// it from <c>services.AddWres()</c>) and use it for any number of reports.
/// </summary>
/// <example>
/// <code>
/// var calculator = new WresCalculator(new WresOptions());
/// var report = calculator.Calculate(new WresDataset { Staff = staff, Applications = applications }, ReportingYear.EndingIn(2026));
/// Console.WriteLine(report.Appointment.RelativeLikelihood?.Ratio);
/// </code>
/// </example>
public sealed class WresCalculator
{
    private readonly CalculatorSettings _settings;
    private readonly WresOptions _options;

    /// <summary>Creates a calculator with the default options.</summary>
    public WresCalculator()
        : this(CalculatorSettings.Default, new WresOptions())
    {
    }

    /// <summary>Creates a calculator; the options are validated and copied.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="FluentValidation.ValidationException">The options are invalid.</exception>
    public WresCalculator(WresOptions options)
        : this(new CalculatorSettings(options), options.Copy())
    {
    }

    private WresCalculator(CalculatorSettings settings, WresOptions options)
    {
        _settings = settings;
        _options = options;
    }

    /// <summary>
    /// A copy of the options the calculator computes with, for a reader that classifies values as the calculator's
    /// reports expect (the same local ethnic codes and labels, the same BME label). Changing the copy changes nothing.
    /// </summary>
    public WresOptions Options => _options.Copy();

    /// <summary>Computes a report from a dataset.</summary>
    /// <param name="dataset">The inputs; parts left <see langword="null"/> are reported as not provided.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="standard">The standard; <b>Default</b> the WRES.</param>
    /// <param name="organisation">The organisation's name for the report, if any.</param>
    /// <returns>The report.</returns>
    public WresReport Calculate(WresDataset dataset, ReportingYear year, EqualityStandard standard = EqualityStandard.Wres, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var accumulator = CreateAccumulator(year, standard);
        AddGiven(dataset.Staff, accumulator.AddStaff);
        AddGiven(dataset.Applications, accumulator.AddApplications);
        AddGiven(dataset.Cases, accumulator.AddCases);
        AddGiven(dataset.Training, accumulator.AddTraining);
        AddGiven(dataset.Board, accumulator.AddBoard);
        AddGiven(dataset.Survey, accumulator.AddSurvey);
        AddGiven(dataset.PreviousStaff, accumulator.AddPreviousStaff);
        AddGiven(dataset.PreviousCases, accumulator.AddPreviousCases);
        var report = accumulator.ToReport(organisation);
        accumulator.ReleaseBuffers();
        return report;
    }

    /// <summary>Adds a part of a dataset when it is given; a part left out stays not provided.</summary>
    private static void AddGiven<T>(IReadOnlyList<T>? records, Action<IEnumerable<T>> add)
    {
        if (records is not null)
        {
            add(records);
        }
    }

    /// <summary>Starts an accumulator, to add records part by part or shard by shard and merge.</summary>
    /// <param name="year">The reporting year.</param>
    /// <param name="standard">The standard; <b>Default</b> the WRES.</param>
    /// <returns>An empty accumulator.</returns>
    public WresAccumulator CreateAccumulator(ReportingYear year, EqualityStandard standard = EqualityStandard.Wres)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (standard is not (EqualityStandard.Wres or EqualityStandard.Wdes))
        {
            throw new ArgumentOutOfRangeException(nameof(standard), standard, "Not a defined standard.");
        }

        return new WresAccumulator(_settings, year, standard);
    }

    /// <summary>
    /// Creates an empty roll-up: one accumulator per organisation, reported one by one and combined (an
    /// integrated care system or a region).
    /// </summary>
    /// <param name="year">The reporting year.</param>
    /// <param name="standard">The standard; <b>Default</b> the WRES.</param>
    /// <returns>An empty roll-up.</returns>
    public WresRollUp CreateRollUp(ReportingYear year, EqualityStandard standard = EqualityStandard.Wres)
    {
        CreateAccumulator(year, standard);
        return new WresRollUp(_settings, year, standard);
    }
}
