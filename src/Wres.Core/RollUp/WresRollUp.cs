using System.Globalization;
using Wres.Core.Ingestion;
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
    private bool _mergedAway;

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
        ThrowIfMergedAway();
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
        ThrowIfMergedAway();
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
            combined.Tally.AddFileFinding(WresErrorCodes.NoOrganisation, IssueSeverity.Warning,
                rows == 1
                    ? $"1 row of {tally.Source} has no Organisation, so it counts in the combined report only."
                    : string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows of {tally.Source} have no Organisation, so they count in the combined report only."));
        }
    }

    /// <summary>
    /// Adds everything another roll-up for the same year and standard has gathered, organisation by organisation: for
    /// inputs read in pieces (a large file's chunks, read on several threads), each into a roll-up of its own.
    /// </summary>
    /// <param name="other">The other roll-up. Its rows move here, so it cannot be used afterwards: any use throws <see cref="ObjectDisposedException"/>.</param>
    /// <param name="lineOffset">How many lines of the files come before the other roll-up's first line (0 for separate files or shards).</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> is this roll-up, or is for another year or standard.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineOffset"/> is negative.</exception>
    /// <exception cref="ObjectDisposedException">This roll-up, or <paramref name="other"/>, has already been merged into another.</exception>
    public void Merge(WresRollUp other, int lineOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfNegative(lineOffset);
        ThrowIfMergedAway();
        other.ThrowIfMergedAway();
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("A roll-up cannot be merged into itself.", nameof(other));
        }

        if (!other.Year.Equals(Year) || other.Standard != Standard)
        {
            throw new ArgumentException("Only roll-ups for the same reporting year and standard can be merged.", nameof(other));
        }

        foreach (var (code, accumulator) in other._organisations)
        {
            For(code).Merge(accumulator, lineOffset);
        }

        Unassigned.Merge(other.Unassigned, lineOffset);
        other._mergedAway = true;
    }

    /// <summary>
    /// Makes room, once, for the rows of roll-ups about to be <see cref="Merge">merged</see> in: each row is then copied
    /// once, and no buffer grows step by step. Optional; it changes no result.
    /// </summary>
    /// <param name="others">The roll-ups that will be merged in.</param>
    /// <exception cref="ObjectDisposedException">The roll-up has been merged into another.</exception>
    public void Reserve(IReadOnlyList<WresRollUp> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        ThrowIfMergedAway();
        foreach (var (code, accumulator) in _organisations)
        {
            accumulator.Reserve([.. others.Select(o => o._organisations.GetValueOrDefault(code)).OfType<WresAccumulator>()]);
        }

        Unassigned.Reserve([.. others.Select(o => o.Unassigned)]);
    }

    /// <summary>
    /// Gives every organisation each input any organisation has, empty where it has no rows: one file was read for all
    /// of them, so an organisation with no row in it has a result of zero, not an input that was not provided.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The roll-up has been merged into another.</exception>
    public void ShareInputs()
    {
        ThrowIfMergedAway();
        var all = _organisations.Values.ToArray();
        foreach (var accumulator in all)
        {
            foreach (var other in all)
            {
                accumulator.AddMissingParts(other);
            }
        }
    }

    /// <summary>The organisations and their accumulators, for <see cref="EmployeeDirectory.Build(WresRollUp)"/>.</summary>
    internal IReadOnlyDictionary<string, WresAccumulator> ByOrganisation
    {
        get
        {
            ThrowIfMergedAway();
            return _organisations;
        }
    }

    private void ThrowIfMergedAway()
    {
        if (_mergedAway)
        {
            throw new ObjectDisposedException(
                nameof(WresRollUp),
                "This roll-up has been merged into another one, which now holds its rows: add to and report from that one instead.");
        }
    }
}
