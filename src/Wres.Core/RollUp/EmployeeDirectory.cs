using System.Numerics;
using Wres.Core.Internal;
using Wres.Core.Workforce;

namespace Wres.Core.RollUp;

/// <summary>
/// Which organisation each person belongs to, from the organisations' staff rows in a <see cref="WresRollUp"/>: the
/// organisation of the person's earliest row in this year's staff file, or failing that in last year's. For readers
/// that route case and training rows, which carry no organisation, to their person's organisation.
/// </summary>
/// <remarks>
/// A snapshot: staff rows added to the roll-up later are not in it. Read-only once built, so safe to share between
/// threads.
/// </remarks>
/// <example>
/// <code>
/// var directory = EmployeeDirectory.Build(rollUp); // after the staff files are read
/// var index = directory.Find("12345678"u8);
/// var cases = (index &lt; 0 ? rollUp.Unassigned : rollUp.For(directory.Organisations[index])).OpenInput(InputPart.Disciplinary, "cases.csv");
/// </code>
/// </example>
public sealed class EmployeeDirectory
{
    private readonly ByteArena _keys;
    private readonly ulong[] _hashes;
    private readonly Slot[] _slots;
    private readonly int _mask;

    private EmployeeDirectory(string[] organisations, int people)
    {
        Organisations = Array.AsReadOnly(organisations);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, people * 2));
        _hashes = new ulong[capacity];
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _keys = new ByteArena(Math.Max(1024, people * 8));
    }

    /// <summary>The organisation codes, in the order of <see cref="Find"/>'s indexes (ordinal).</summary>
    public IReadOnlyList<string> Organisations { get; }

    /// <summary>Builds the directory of a roll-up's organisations from the staff rows they hold now.</summary>
    /// <param name="rollUp">The roll-up.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ObjectDisposedException">The roll-up has been merged into another.</exception>
    public static EmployeeDirectory Build(WresRollUp rollUp)
    {
        ArgumentNullException.ThrowIfNull(rollUp);
        var organisations = rollUp.ByOrganisation;
        var codes = organisations.Keys.ToArray();
        var rows = organisations.Values.Sum(a => (a.StaffPart?.Rows.Length ?? 0) + (a.PreviousStaffPart?.Rows.Length ?? 0));
        var directory = new EmployeeDirectory(codes, rows);
        for (var i = 0; i < codes.Length; i++)
        {
            var accumulator = organisations[codes[i]];
            directory.AddAll(accumulator.StaffPart, i, previousYear: false);
            directory.AddAll(accumulator.PreviousStaffPart, i, previousYear: true);
        }

        return directory;
    }

    /// <summary>Finds a person's organisation.</summary>
    /// <param name="employee">The employee number, UTF-8, trimmed, as the staff rows were added with it.</param>
    /// <returns>The index in <see cref="Organisations"/> of the person's organisation, or -1 when the person is in no organisation's staff rows.</returns>
    public int Find(ReadOnlySpan<byte> employee)
    {
        var hash = KeyHash.Of(employee);
        for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Length == 0)
            {
                return -1;
            }

            if (_hashes[i] == hash && _keys[slot.Offset, slot.Length - 1].SequenceEqual(employee))
            {
                return slot.Organisation;
            }
        }
    }

    private void AddAll(WorkforceAccumulator? staff, int organisation, bool previousYear)
    {
        if (staff is null)
        {
            return;
        }

        foreach (ref readonly var row in staff.Rows)
        {
            Add(row.KeyHash, staff.Arena[row.Offset, row.KeyLength], organisation, ((long)(previousYear ? 1 : 0) << 32) | (uint)row.Line);
        }
    }

    private void Add(ulong hash, ReadOnlySpan<byte> employee, int organisation, long rank)
    {
        for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Length == 0)
            {
                _hashes[i] = hash;
                slot = new Slot { Offset = _keys.Append(employee), Length = employee.Length + 1, Organisation = organisation, Rank = rank };
                return;
            }

            if (_hashes[i] == hash && _keys[slot.Offset, slot.Length - 1].SequenceEqual(employee))
            {
                if (rank < slot.Rank)
                {
                    slot.Organisation = organisation;
                    slot.Rank = rank;
                }

                return;
            }
        }
    }

    private struct Slot
    {
        public int Offset;
        public int Length;        // key length + 1, so that 0 marks an empty slot
        public int Organisation;
        public long Rank;         // previous year after this year, then the earlier line first
    }
}
