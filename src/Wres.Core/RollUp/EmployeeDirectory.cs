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
    private readonly KeyIndex _index = new();
    private Person[] _people;

    private EmployeeDirectory(string[] organisations, int rows)
    {
        Organisations = Array.AsReadOnly(organisations);
        _index.Reset(new ByteArena(Math.Max(1024, rows * 8)), rows);
        _people = new Person[Math.Max(16, rows)];
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
    public int Find(ReadOnlySpan<byte> employee) =>
        _index.Find(KeyHash.Of(employee), employee) is var person and >= 0 ? _people[person].Organisation : -1;

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
        var person = _index.AddCopy(hash, employee, out var added);
        if (person == _people.Length)
        {
            Array.Resize(ref _people, _people.Length * 2);
        }

        ref var known = ref _people[person];
        if (added || rank < known.Rank)
        {
            known = new Person { Organisation = organisation, Rank = rank };
        }
    }

    private struct Person
    {
        public int Organisation;
        public long Rank;         // previous year after this year, then the earlier line first
    }
}
