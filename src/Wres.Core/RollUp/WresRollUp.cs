using System.Globalization;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.RollUp;

/// <summary>
/// The inputs of several organisations reported together (an integrated care system or a region): one
/// <see cref="WresAccumulator"/> per organisation, and one for rows that belong to no organisation. The
/// combined report is computed by merging the organisations' accumulators, so it equals the report
/// computed on all their data at once.
/// </summary>
/// <remarks>
/// <para>Put each organisation's rows, including its cases and training, into <see cref="For"/>. Rows
/// with no organisation (and inputs that describe the whole system, such as its board or survey)
/// go into <see cref="Unassigned"/>: they count in the combined report only.</para>
/// <para>Person keys (employee numbers) are compared across organisations in the combined report: a
/// person with assignments in two organisations is one person there. Keys must therefore be unique
/// across the organisations combined; prefix them with the organisation code if they are not.</para>
/// <para>Not thread-safe: fill one roll-up per thread and merge their accumulators.</para>
/// </remarks>
public sealed class WresRollUp
{
    private readonly CalculatorSettings _settings;
    private readonly SortedDictionary<string, WresAccumulator> _organisations = new(StringComparer.Ordinal);

    internal WresRollUp(CalculatorSettings settings, ReportingYear year, EqualityStandard standard)
    {
        _settings = settings;
        Year = year;
        Standard = standard;
        Unassigned = new WresAccumulator(settings, year, standard);
    }

    /// <summary>The reporting year.</summary>
    public ReportingYear Year { get; }

    /// <summary>The standard the reports are computed for.</summary>
    public EqualityStandard Standard { get; }

    /// <summary>Rows that belong to no organisation: they count in the combined report only.</summary>
    public WresAccumulator Unassigned { get; }

    /// <summary>The organisation codes seen so far, in ordinal order.</summary>
    public IReadOnlyList<string> Organisations => [.. _organisations.Keys];

    /// <summary>The accumulator of one organisation, created on first use.</summary>
    /// <param name="organisation">The organisation code; surrounding spaces are ignored.</param>
    /// <returns>The organisation's accumulator.</returns>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is blank.</exception>
    public WresAccumulator For(string organisation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        var code = organisation.Trim();
        if (!_organisations.TryGetValue(code, out var accumulator))
        {
            accumulator = new WresAccumulator(_settings, Year, Standard);
            _organisations.Add(code, accumulator);
        }

        return accumulator;
    }

    /// <summary>
    /// Computes one report per organisation and the combined report. Nothing is changed, so rows can
    /// still be added afterwards; the combined report is computed afresh on every call.
    /// </summary>
    /// <param name="name">The name of the combined report (the system or region), if any.</param>
    /// <returns>The reports.</returns>
    public RollUpReport ToReport(string? name = null)
    {
        var organisations = _organisations.Select(o => o.Value.ToReport(o.Key)).ToArray();
        var combined = new WresAccumulator(_settings, Year, Standard);
        foreach (var accumulator in _organisations.Values)
        {
            combined.MergeCopy(accumulator);
        }

        combined.MergeCopy(Unassigned);
        if (_organisations.Count > 0)
        {
            foreach (var part in (ReadOnlySpan<InputPart>)[InputPart.Staff, InputPart.PreviousStaff, InputPart.Recruitment])
            {
                FlagUnassigned(combined.PartOf(part), Unassigned.PartOf(part));
            }
        }

        return new RollUpReport(combined.ToReport(name), organisations);
    }

    private static void FlagUnassigned(IInputPart? combined, IInputPart? unassigned)
    {
        if (combined is null || unassigned is null)
        {
            return;
        }

        var tally = unassigned.Tally;
        var rows = tally.CountedRows + tally.ExcludedRows;
        if (rows > 0)
        {
            combined.Tally.FileIssue(WresErrorCodes.NoOrganisation, IssueSeverity.Warning,
                rows == 1
                    ? $"1 row of {tally.Source} has no Organisation, so it counts in the combined report only."
                    : string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows of {tally.Source} have no Organisation, so they count in the combined report only."));
        }
    }

    /// <summary>Merges a chunk of the same files, whose line numbers start <paramref name="lineOffset"/> lines into the files.</summary>
    internal void Merge(WresRollUp other, int lineOffset)
    {
        foreach (var (code, accumulator) in other._organisations)
        {
            For(code).Merge(accumulator, lineOffset);
        }

        Unassigned.Merge(other.Unassigned, lineOffset);
    }

    /// <summary>Makes room in every organisation, once, for the rows of the chunks about to be merged in.</summary>
    internal void Reserve(IReadOnlyList<WresRollUp> others)
    {
        foreach (var (code, accumulator) in _organisations)
        {
            accumulator.Reserve([.. others.Select(o => o._organisations.GetValueOrDefault(code)).OfType<WresAccumulator>()]);
        }

        Unassigned.Reserve([.. others.Select(o => o.Unassigned)]);
    }

    /// <summary>Gives every organisation the parts (inputs) any organisation has, empty if need be: a file was given for all of them.</summary>
    internal void ShareParts()
    {
        var all = _organisations.Values.ToArray();
        foreach (var accumulator in all)
        {
            foreach (var other in all)
            {
                accumulator.AddMissingParts(other);
            }
        }
    }

    /// <summary>Which organisation each person belongs to, from the staff files, for routing their cases and training.</summary>
    internal EmployeeDirectory Directory() => EmployeeDirectory.Build(_organisations);
}
