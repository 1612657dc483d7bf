using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Wres.Core.Internal;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>
/// The people of one partition of a staff file: rows grouped by employee number, each person's
/// assignment chosen by the rules (in scope first; then primary, highest FTE, highest band, lowest
/// assignment number; then a fixed order on the rest, so the choice never depends on row order). Its
/// arrays are reused from partition to partition, so they stay in cache.
/// </summary>
internal sealed class PeopleTable
{
    private const string DuplicateMessage = "This employee already has an assignment with the same assignment number; the person is still counted once.";
    private const string ConflictMessage = "This person's assignments record both a White and a BME ethnic origin; the chosen assignment's is used.";

    private readonly KeyIndex _index = new();
    private Person[] _people = new Person[16];
    private int[] _next = new int[16];
    private StaffEntry[] _items = [];
    private int _start;
    private ByteArena? _arena;
    private SourceTally? _findings;

    public int People => _index.Count;

    /// <summary>Groups a partition's rows into people.</summary>
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Build((StaffEntry[] Items, int Start, int Length) rows, ByteArena arena)
    {
        (_items, _start, var length) = rows;
        _arena = arena;
        _index.Reset(arena, length);
        // Stryker disable once all : equivalent, only how much is allocated (the arrays hold length people either way)
        if (_people.Length < length)
        {
            _people = new Person[Math.Max(length, _people.Length * 2)];
            _next = new int[_people.Length];
        }

        for (var i = 0; i < length; i++)
        {
            ref readonly var row = ref _items[_start + i];
            var person = _index.Add(row.KeyHash, row.Offset, row.KeyLength, out var added);
            if (added)
            {
                _people[person] = new Person { Head = -1 };
            }

            ref var state = ref _people[person];
            _next[i] = state.Head;
            state.Head = i;
            state.Rows++;
            Offer(ref state, i);
        }
    }

    /// <summary>Finds a person by employee number: the index, or -1.</summary>
    public int Find(ulong hash, ReadOnlySpan<byte> key) => _index.Find(hash, key);

    /// <summary>
    /// A person's group by the characteristic: their chosen assignment's, or their best out-of-scope row's.
    /// <paramref name="outOfScope"/> says every assignment of theirs is set aside by its category (bank-only,
    /// honorary-only): not a leaver, never part of the workforce the standard measures.
    /// </summary>
    public int GroupOf(int person, ProtectedCharacteristic characteristic, out bool inWorkforce, out bool outOfScope)
    {
        ref readonly var state = ref _people[person];
        inWorkforce = state.InScope > 0;
        outOfScope = !inWorkforce && !state.HasLeaverRow;
        ref readonly var row = ref Row(inWorkforce ? state.Best : state.BestOther);
        return characteristic == ProtectedCharacteristic.Disability ? row.Disability : row.Ethnicity;
    }

    /// <summary>Counts the workforce people into cells and reports duplicates and conflicts on <paramref name="findings"/>.</summary>
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(WorkforceCounts counts, SourceTally findings)
    {
        _findings = findings;
        for (var p = 0; p < People; p++)
        {
            ref readonly var state = ref _people[p];
            // Stryker disable once Equality : equivalent, a person with one row has no duplicates to report
            if (state.Rows > 1)
            {
                ReportDuplicates(state);
            }

            if (state.InScope == 0)
            {
                continue;
            }

            ref readonly var best = ref Row(state.Best);
            counts.Add(best.Segment, best.Row, best.Disability, best.Detail);
            counts.Decided(state.InScope == 1 ? SelectionRule.OnlyAssignment : RuleFor(state.Decision));
            if (state.Groups == 0b110)
            {
                findings.Warn(best.Line, ColumnNames.EthnicOrigin, WresErrorCodes.ConflictingEthnicity, ConflictMessage);
            }
        }

        void ReportDuplicates(in Person state)
        {
            // A row repeats an assignment number when another row of the person with the same number
            // comes first (by line, then by place): one finding per repeat, whatever the row order.
            // Stryker disable once all : equivalent, both paths find the same duplicates (tested with 12 and 40 rows)
            if (state.Rows > 32)
            {
                ReportManyDuplicates(state);
                return;
            }

            for (var r = state.Head; r >= 0; r = _next[r])
            {
                for (var other = state.Head; other >= 0; other = _next[other])
                {
                    if (other != r && Before(other, r) && NumberOf(other).SequenceEqual(NumberOf(r)))
                    {
                        findings.Warn(Row(r).Line, ColumnNames.AssignmentNumber, WresErrorCodes.DuplicateAssignmentNumber, DuplicateMessage);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The same as the pairwise check, in n log n, for a person with very many rows.</summary>
    private void ReportManyDuplicates(in Person state)
    {
        var rows = new List<int>(state.Rows);
        for (var r = state.Head; r >= 0; r = _next[r])
        {
            rows.Add(r);
        }

        rows.Sort((a, b) =>
        {
            var byNumber = NumberOf(a).SequenceCompareTo(NumberOf(b));
            return byNumber != 0 ? byNumber : Before(a, b) ? -1 : Before(b, a) ? 1 : 0;
        });
        for (var i = 1; i < rows.Count; i++)
        {
            if (NumberOf(rows[i]).SequenceEqual(NumberOf(rows[i - 1])))
            {
                _findings!.Warn(Row(rows[i]).Line, ColumnNames.AssignmentNumber, WresErrorCodes.DuplicateAssignmentNumber, DuplicateMessage);
            }
        }
    }

    private bool Before(int a, int b)
    {
        var byLine = Row(a).Line.CompareTo(Row(b).Line);
        if (byLine != 0)
        {
            return byLine < 0;
        }

        // Rows on the same line (only through InputWriter) are told apart by place: a warning names the line, so
        // which of them is the repeat does not show.
        return a < b;
    }

    private void Offer(ref Person state, int row)
    {
        ref readonly var candidate = ref Row(row);
        var ethnicity = candidate.Ethnicity;
        if (ethnicity != 0)
        {
            state.Groups |= (byte)(1 << ethnicity);
        }

        if (candidate.InScope)
        {
            if (state.InScope == 0)
            {
                state.Best = row;
                state.Decision = 0;
            }
            else
            {
                var order = Compare(row, state.Best, out var level);
                // Stryker disable once Equality : equivalent, rows in the same order have the same content, so either is the person
                if (order > 0)
                {
                    state.Best = row;
                    state.Decision = (byte)level;
                }
                else
                {
                    state.Decision = Math.Max(state.Decision, (byte)level);
                }
            }

            state.InScope++;
        }
        else
        {
            if (state.OutOfScope == 0 || Compare(row, state.BestOther, out _) > 0)
            {
                state.BestOther = row;
            }

            state.OutOfScope++;
            state.HasLeaverRow |= candidate.Leaver;
        }
    }

    /// <summary>
    /// The total order on a person's rows: primary first, then higher FTE, then higher band, then lower
    /// assignment number (ordinal), then a fixed order on the remaining content. <paramref name="level"/>
    /// is the first rule that separated them (1 primary, 2 FTE, 3 band, 4 assignment number, 5 content,
    /// identical rows too). The rule that decided a person is the deepest level needed against every other row,
    /// which folding rows in any order gives exactly.
    /// </summary>
    private int Compare(int a, int b, out int level)
    {
        ref readonly var x = ref Row(a);
        ref readonly var y = ref Row(b);
        if (x.Primary != y.Primary)
        {
            level = 1;
            return x.Primary ? 1 : -1;
        }

        if (x.Fte != y.Fte)
        {
            level = 2;
            // Stryker disable once Equality : equivalent, the two FTEs differ here
            return x.Fte > y.Fte ? 1 : -1;
        }

        if (x.Rank != y.Rank)
        {
            level = 3;
            // Stryker disable once Equality : equivalent, the two ranks differ here
            return x.Rank > y.Rank ? 1 : -1;
        }

        var byNumber = NumberOf(a).SequenceCompareTo(NumberOf(b));
        if (byNumber != 0)
        {
            level = 4;
            // Stryker disable once Equality : equivalent, the two numbers differ here
            return byNumber < 0 ? 1 : -1;
        }

        level = 5;
        return -x.Content.CompareTo(y.Content);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly StaffEntry Row(int row) => ref _items[_start + row];

    private ReadOnlySpan<byte> NumberOf(int row)
    {
        ref readonly var entry = ref Row(row);
        return _arena![entry.Offset + entry.KeyLength, entry.NumberLength];
    }

    private static SelectionRule RuleFor(byte level) => level switch
    {
        1 => SelectionRule.PrimaryAssignment,
        2 => SelectionRule.HighestFte,
        3 => SelectionRule.HighestBand,
        4 => SelectionRule.LowestAssignmentNumber,
        _ => SelectionRule.DuplicateAssignmentNumber,
    };

    [StructLayout(LayoutKind.Sequential)]
    private struct Person
    {
        public int Head;       // the person's rows, through _next
        public int Best;       // the best in-scope row (read only when InScope > 0)
        public int BestOther;  // the best out-of-scope row (read only when OutOfScope > 0)
        public int InScope;
        public int OutOfScope;
        public int Rows;
        public byte Decision;  // the deepest rule level needed to choose Best
        public byte Groups;    // bit per known ethnic group across the person's rows
        public bool HasLeaverRow; // an out-of-scope row is a leaver's, not a bank or honorary one
    }
}
