using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Internal;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.PayGaps;

/// <summary>
/// Gathers pay rows (and, optionally, staff rows for ethnicity and disability the pay rows leave blank) and
/// computes the pay gap report from them. Accumulators over parts of the rows (organisations of an
/// integrated care system, shards of a large file) can be <see cref="Merge">merged</see>: the merged report
/// equals the report computed on all the rows at once, in the same order (its findings keep each part's
/// own row numbers).
/// </summary>
/// <remarks>
/// <para>Adding a row is an append: it is checked, classified and kept in 64 bytes, with its employee number
/// in a pooled arena; nothing is allocated per valid row. People are formed when the report is computed, from
/// all the rows at once, so a person's rows may arrive in different parts.</para>
/// <para>Every row read is counted, excluded (an honorary assignment:
/// <see cref="ExclusionRule.HonoraryAssignment"/>) or rejected with a stable code (a blank employee number
/// <see cref="WresErrorCodes.RequiredValueMissing"/>, a negative amount
/// <see cref="WresErrorCodes.NegativePayAmount"/>, no hourly pay on a full-pay row
/// <see cref="WresErrorCodes.HourlyPayMissing"/>, zero hours or pay period days
/// <see cref="WresErrorCodes.ZeroHoursOrPayPeriod"/>). Rows are numbered from 1 in the order added.</para>
/// <para>Not thread-safe: use one accumulator per thread and merge them. <see cref="ToReport"/> changes
/// nothing. <see cref="Dispose"/> gives the pooled buffers back (an accumulator not disposed simply leaves
/// them to the garbage collector).</para>
/// </remarks>
public sealed class PayGapAccumulator : IDisposable
{
    private const string Source = "pay";

    // Each enum is numbered from 0 without gaps, so a value below its count is defined.
    private static readonly int SexCount = Enum.GetValues<Sex>().Length;
    private static readonly int CategoryCount = Enum.GetValues<AssignmentCategory>().Length;
    private static readonly int DisabilityCount = Enum.GetValues<DisabilityGroup>().Length;

    private readonly PaySettings _settings;
    private readonly SourceTally _tally;
    private readonly int _payPeriodDays;
    private readonly PooledList<PayEntry> _rows;
    private readonly ByteArena _keys;
    private readonly PooledList<StaffFactRow> _staff;
    private readonly ByteArena _staffKeys;
    private bool _staffProvided;
    private bool _disposed;

    internal PayGapAccumulator(PaySettings settings, LocalDate snapshot, string source = Source)
    {
        _settings = settings;
        Snapshot = snapshot;
        _payPeriodDays = settings.PayPeriodDaysFor(snapshot);
        _tally = new SourceTally(source, settings.MaxIssuesPerSource);
        _rows = new PooledList<PayEntry>(1024);
        _keys = new ByteArena(1024 * 8);
        _staff = new PooledList<StaffFactRow>(16);
        _staffKeys = new ByteArena(1024);
    }

    /// <summary>The snapshot date.</summary>
    public LocalDate Snapshot { get; }

    /// <summary>Adds pay rows, numbered on from the rows already added.</summary>
    /// <param name="records">The rows.</param>
    /// <exception cref="ArgumentException">The sequence holds a <see langword="null"/> record.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator was disposed or merged into another.</exception>
    public void AddPay(IEnumerable<PayRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (records is ICollection<PayRecord> collection)
        {
            _rows.EnsureCapacity(_rows.Count + collection.Count);
        }

        ReadOnlySpan<PayRecord> span = records switch
        {
            PayRecord[] array => array,
            List<PayRecord> list => CollectionsMarshal.AsSpan(list),
            _ => default,
        };
        if (span.IsEmpty && records is not ICollection<PayRecord> { Count: 0 })
        {
            foreach (var record in records)
            {
                Add(record ?? throw NullRecord(nameof(records)));
            }

            return;
        }

        foreach (var record in span)
        {
            Add(record ?? throw NullRecord(nameof(records)));
        }
    }

    /// <summary>
    /// Adds staff rows, used only for the people whose pay rows give no ethnicity or no disability: the first
    /// staff row (in the order added) that gives one decides. A person the pay rows need but the staff rows
    /// do not hold is counted as Unknown, with warning <see cref="WresErrorCodes.PayEmployeeNotInStaff"/>.
    /// </summary>
    /// <param name="assignments">The staff rows; every category counts here (a person's characteristics are theirs, whatever the assignment). Rows with a blank employee number are ignored.</param>
    /// <exception cref="ArgumentException">The sequence holds a <see langword="null"/> record.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator was disposed or merged into another.</exception>
    public void AddStaff(IEnumerable<StaffAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _staffProvided = true;
        if (assignments is ICollection<StaffAssignment> collection)
        {
            _staff.EnsureCapacity(_staff.Count + collection.Count);
        }

        foreach (var assignment in assignments)
        {
            AddStaff(assignment ?? throw NullRecord(nameof(assignments)));
        }
    }

    /// <summary>
    /// What has happened to the pay rows so far, and their findings: where a reader rejects the rows it cannot read
    /// (a value that does not parse) and records what it notices about values.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The accumulator was disposed or merged into another.</exception>
    public SourceTally Tally
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _tally;
        }
    }

    /// <summary>
    /// Adds one pay row a reader has parsed and classified itself (Wres.Esr reads the pay file this way), by the same rules
    /// as <see cref="AddPay(IEnumerable{PayRecord})"/>. Allocates nothing: the key is copied, so the span may point into a
    /// buffer the reader reuses.
    /// </summary>
    /// <param name="employeeNumber">The employee number, UTF-8, trimmed: the person's key. Empty rejects the row.</param>
    /// <param name="facts">The row's values.</param>
    /// <param name="line">The row's line in the file (the header is line 1), for findings.</param>
    /// <returns><see langword="true"/> when the row was taken (counted, or excluded as honorary); <see langword="false"/> when a record rule rejected it (the finding is on <see cref="Tally"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum in <paramref name="facts"/> is not a defined value.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator was disposed or merged into another.</exception>
    public bool AddPay(ReadOnlySpan<byte> employeeNumber, in PayFacts facts, int line)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if ((uint)facts.Sex >= (uint)SexCount || (uint)facts.Category >= (uint)CategoryCount || (facts.Disability is { } d && (uint)d >= (uint)DisabilityCount))
        {
            throw new ArgumentOutOfRangeException(nameof(facts), "The facts hold an enum value that is not defined.");
        }

        return Add(employeeNumber, facts, line);
    }

    /// <summary>
    /// Adds one staff row's ethnicity and disability, for the people whose pay rows give none, as
    /// <see cref="AddStaff(IEnumerable{StaffAssignment})"/> does (and marks the staff data as provided). Allocates nothing.
    /// </summary>
    /// <param name="employeeNumber">The employee number, UTF-8, trimmed; an empty one is ignored.</param>
    /// <param name="ethnicOrigin">The ethnic category, or <see langword="null"/> when the row gives none.</param>
    /// <param name="disability">The declared disability (<see cref="DisabilityGroup.Unknown"/> when the row gives none).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="disability"/> is not a defined value.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator was disposed or merged into another.</exception>
    public void AddStaff(ReadOnlySpan<byte> employeeNumber, EthnicCategory? ethnicOrigin, DisabilityGroup disability)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if ((uint)disability >= (uint)DisabilityCount)
        {
            throw new ArgumentOutOfRangeException(nameof(disability), disability, "Not a defined disability group.");
        }

        _staffProvided = true;
        if (!employeeNumber.IsEmpty)
        {
            AddStaffFacts(employeeNumber, ethnicOrigin, disability);
        }
    }

    /// <summary>
    /// Adds every row another accumulator for the same snapshot and options has gathered, after this one's
    /// (a person's first value given is looked for in that order).
    /// </summary>
    /// <param name="other">The other accumulator; it is disposed and must not be used afterwards.</param>
    /// <exception cref="ArgumentException">The other accumulator is this one, or has another snapshot date or other options.</exception>
    /// <exception cref="ObjectDisposedException">Either accumulator was disposed or merged already.</exception>
    public void Merge(PayGapAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ObjectDisposedException.ThrowIf(_disposed, this);
        ObjectDisposedException.ThrowIf(other._disposed, other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }

        if (other.Snapshot != Snapshot || !other._settings.SameRules(_settings))
        {
            throw new ArgumentException("Only accumulators for the same snapshot date and options can be merged.", nameof(other));
        }

        _tally.Merge(other._tally);
        var shift = _keys.AppendAll(other._keys);
        var start = _rows.Count;
        _rows.AddRange(other._rows.Span);
        foreach (ref var row in _rows.Span[start..])
        {
            row.Offset += shift;
        }

        shift = _staffKeys.AppendAll(other._staffKeys);
        start = _staff.Count;
        _staff.AddRange(other._staff.Span);
        foreach (ref var fact in _staff.Span[start..])
        {
            fact.Offset += shift;
        }

        _staffProvided |= other._staffProvided;
        other.Dispose();
    }

    /// <summary>
    /// Computes the report from everything added so far: sex, ethnicity and disability pay gaps and the data
    /// quality of the pay rows. The accumulator is not changed.
    /// </summary>
    /// <param name="organisation">The organisation's name for the report, if any.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ObjectDisposedException">The accumulator was disposed or merged into another.</exception>
    public PayGapReport ToReport(string? organisation = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var findings = _tally.Clone();
        using var population = PayPopulation.Build(_rows.Span, _keys, _staff.Span, _staffKeys, _staffProvided, findings);
        var comparisons = PayComparison.For(_settings.EthnicityBasis);
        var gaps = new PayGapResult[comparisons.Count];
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = GapPass.Compute(population, comparisons[i], _settings.SuppressionThreshold);
        }

        return new PayGapReport
        {
            Snapshot = Snapshot,
            Organisation = organisation,
            EthnicityBasis = _settings.EthnicityBasis,
            SuppressionThreshold = _settings.SuppressionThreshold,
            DefaultPayPeriodDays = _payPeriodDays,
            StaffProvided = _staffProvided,
            RelevantEmployees = population.People,
            FullPayRelevantEmployees = population.FullPayPeople,
            Gaps = gaps,
            DataQuality = new DataQualityReport([findings.ToQuality()]),
        };
    }

    /// <summary>Gives the pooled buffers back; the accumulator must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _rows.Dispose();
        _keys.Dispose();
        _staff.Dispose();
        _staffKeys.Dispose();
    }

    [SkipLocalsInit] // the key buffer is written before it is read
    private void Add(PayRecord record)
    {
        var facts = PayFacts.Of(record);
        if (!RecordRules.IsPresent(record.EmployeeNumber))
        {
            Add([], facts, _tally.RowsRead + 1);
            return;
        }

        Span<byte> buffer = stackalloc byte[Utf8Key.StackLimit];
        Add(Utf8Key.Encode(record.EmployeeNumber, buffer), facts, _tally.RowsRead + 1);
    }

    private bool Add(ReadOnlySpan<byte> key, in PayFacts facts, int line)
    {
        if (PayRecordRules.Check(!key.IsEmpty, facts) is { } violation)
        {
            _tally.Reject(line, violation.Column, violation.Code, violation.Message);
            return false;
        }

        if (PayRecordRules.IsOutOfScope(facts))
        {
            _tally.Exclude(ExclusionRule.HonoraryAssignment);
            return true;
        }

        _tally.Count();
        var entry = new PayEntry
        {
            Rate = double.NaN,
            Weekly = double.NaN,
            Hours = facts.WeeklyHours is { } hours ? (double)hours : double.NaN,
            Bonus = facts.Bonus12Months is { } bonus ? (double)bonus : 0.0,
            Line = line,
            Code = PayCodes.Row(facts),
        };
        if (facts.HourlyRate is { } rate)
        {
            entry.Rate = (double)rate;
            entry.Weekly = entry.Rate * entry.Hours;
        }
        else if (facts.OrdinaryPay is { } pay && entry.Hours > 0.0)
        {
            var days = facts.PayPeriodDays ?? _payPeriodDays;
            entry.Weekly = (double)(pay + (facts.BonusInPeriod ?? 0m)) * 7.0 / days;
            entry.Rate = entry.Weekly / entry.Hours;
        }

        entry.KeyHash = KeyHash.Of(key);
        entry.KeyPrefix = KeyPrefix.Of(key);
        entry.Offset = _keys.Append(key);
        entry.KeyLength = key.Length;
        _rows.Add(entry);
        return true;
    }

    [SkipLocalsInit] // the key buffer is written before it is read
    private void AddStaff(StaffAssignment assignment)
    {
        if (!RecordRules.IsPresent(assignment.EmployeeNumber))
        {
            return;
        }

        Span<byte> buffer = stackalloc byte[Utf8Key.StackLimit];
        AddStaffFacts(Utf8Key.Encode(assignment.EmployeeNumber, buffer), assignment.EthnicOrigin, assignment.Disability);
    }

    private void AddStaffFacts(ReadOnlySpan<byte> key, EthnicCategory? ethnicOrigin, DisabilityGroup disability) =>
        _staff.Add(new StaffFactRow
        {
            KeyHash = KeyHash.Of(key),
            KeyPrefix = KeyPrefix.Of(key),
            Offset = _staffKeys.Append(key),
            KeyLength = key.Length,
            Ethnicity = (byte)PayCodes.Ethnicity(ethnicOrigin),
            Disability = (byte)PayCodes.StaffDisability(disability),
        });

    private static ArgumentException NullRecord(string parameter) => new("The sequence holds a null record.", parameter);
}
