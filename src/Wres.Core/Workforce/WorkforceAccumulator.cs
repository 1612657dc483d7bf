using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Workforce;

/// <summary>
/// Turns assignment rows into people. Rows can arrive in any order and in any number of shards:
/// <see cref="Merge"/> of the shards' accumulators gives exactly what one accumulator over all the rows
/// gives, because each person's state is a commutative summary (the best assignment under a total
/// order, and the deepest rule needed to choose it).
/// </summary>
/// <remarks>
/// Per row: one lookup of the employee number (UTF-8 bytes), the assignment number appended to an
/// arena, and no allocation once the arrays have grown. People are compact structs in one array.
/// </remarks>
internal sealed class WorkforceAccumulator
{
    private const string DuplicateMessage = "This employee already has an assignment with the same assignment number; the person is still counted once.";
    private static readonly string[] CategoryNames = Enum.GetNames<AssignmentCategory>();

    private readonly WorkforceSettings _settings;
    private readonly KeyTable _people;
    private PersonState[] _states;
    private AssignmentNode[] _nodes;
    private int _nodeCount;
    private byte[] _numbers;
    private int _numberBytes;

    public WorkforceAccumulator(WorkforceSettings settings, SourceTally tally, int capacity = 1024)
    {
        _settings = settings;
        Tally = tally;
        capacity = Math.Max(capacity, 16);
        _people = new KeyTable(capacity);
        _states = new PersonState[capacity];
        _nodes = new AssignmentNode[capacity];
        _numbers = new byte[capacity * 12];
    }

    public WorkforceSettings Settings => _settings;

    public SourceTally Tally { get; }

    public int People => _people.Count;

    /// <summary>Adds a typed record (validated here, exactly as the validator would).</summary>
    public void Add(StaffAssignment assignment, int line)
    {
        if (RecordRules.Check(assignment) is { } violation)
        {
            Tally.Rejected(line, violation.Column, violation.Code, violation.Message);
            return;
        }

        var segment = _settings.HasOccupationOverrides
            ? _settings.SegmentOf(assignment.StaffGroup, assignment.OccupationCode)
            : _settings.SegmentOf(assignment.StaffGroup);
        var facts = new StaffFacts
        {
            Ethnicity = (byte)(assignment.EthnicOrigin?.Group ?? Ethnicity.EthnicGroup.Unknown),
            Disability = (byte)assignment.Disability,
            Segment = (byte)segment,
            Row = (byte)assignment.Grade.RowIn(segment).Index,
            Rank = (byte)assignment.Grade.Rank,
            Primary = assignment.IsPrimary,
            Category = assignment.Category,
            Fte = StaffFacts.FteUnits(assignment.Fte),
        };
        Span<byte> employeeBuffer = stackalloc byte[Utf8Key.StackLimit];
        Span<byte> numberBuffer = stackalloc byte[Utf8Key.StackLimit];
        var employee = Utf8Key.Encode(assignment.EmployeeNumber, employeeBuffer);
        var number = string.IsNullOrWhiteSpace(assignment.AssignmentNumber) ? employee : Utf8Key.Encode(assignment.AssignmentNumber, numberBuffer);
        AddRow(employee, number, facts, line);
    }

    /// <summary>Adds one valid, classified row (UTF-8 employee and assignment numbers, trimmed).</summary>
    public void AddRow(ReadOnlySpan<byte> employee, ReadOnlySpan<byte> assignmentNumber, in StaffFacts facts, int line)
    {
        var inScope = !_settings.IsExcluded(facts.Category);
        if (inScope)
        {
            Tally.Counted();
        }
        else
        {
            Tally.Excluded(ExclusionRule.ExcludedAssignmentCategory, CategoryNames[(int)facts.Category]);
        }

        var person = _people.GetOrAdd(employee, out var added);
        if (person == _states.Length)
        {
            Array.Resize(ref _states, _states.Length * 2);
        }

        ref var state = ref _states[person];
        if (added)
        {
            state = default;
            state.FirstNode = -1;
        }

        var node = AddNode(ref state, assignmentNumber, line, out var duplicate);
        if (duplicate)
        {
            Tally.Warning(line, ColumnNames.AssignmentNumber, WresErrorCodes.DuplicateAssignmentNumber, DuplicateMessage);
        }

        Offer(ref state, new Candidate { Packed = facts.Pack(), Fte = facts.Fte, Node = node }, inScope);
    }

    /// <summary>Records an assignment number for the person; <paramref name="duplicate"/> when they already have it.</summary>
    private int AddNode(ref PersonState state, ReadOnlySpan<byte> number, int line, out bool duplicate)
    {
        duplicate = Contains(state.FirstNode, number);
        return AppendNode(ref state, number, line);
    }

    /// <summary>Whether the list of nodes starting at <paramref name="head"/> holds the number.</summary>
    private bool Contains(int head, ReadOnlySpan<byte> number)
    {
        for (var node = head; node >= 0; node = _nodes[node].Next)
        {
            if (number.SequenceEqual(Number(node)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a node of the list from <paramref name="head"/> before <paramref name="stop"/> holds the number.</summary>
    private bool ContainsBefore(int head, int stop, ReadOnlySpan<byte> number)
    {
        for (var node = head; node >= 0 && node != stop; node = _nodes[node].Next)
        {
            if (number.SequenceEqual(Number(node)))
            {
                return true;
            }
        }

        return false;
    }

    private int AppendNode(ref PersonState state, ReadOnlySpan<byte> number, int line)
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        if (_numberBytes + number.Length > _numbers.Length)
        {
            Array.Resize(ref _numbers, (int)Math.Min(Array.MaxLength, Math.Max((long)_numbers.Length * 2, (long)_numberBytes + number.Length)));
        }

        number.CopyTo(_numbers.AsSpan(_numberBytes));
        var node = _nodeCount++;
        _nodes[node] = new AssignmentNode { Offset = _numberBytes, Length = number.Length, Next = state.FirstNode, Line = line };
        _numberBytes += number.Length;
        state.FirstNode = node;
        return node;
    }

    private ReadOnlySpan<byte> Number(int node) => _numbers.AsSpan(_nodes[node].Offset, _nodes[node].Length);

    private void Offer(ref PersonState state, in Candidate candidate, bool inScope)
    {
        var ethnicity = candidate.Ethnicity;
        if (ethnicity != 0)
        {
            state.EthnicGroupsSeen |= (byte)(1 << ethnicity);
        }

        if (inScope)
        {
            if (state.InScope == 0)
            {
                state.Best = candidate;
                state.Decision = 0;
            }
            else
            {
                var order = Compare(candidate, state.Best, out var level);
                if (order > 0)
                {
                    state.Best = candidate;
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
            if (state.OutOfScope == 0 || Compare(candidate, state.BestOther, out _) > 0)
            {
                state.BestOther = candidate;
            }

            state.OutOfScope++;
        }
    }

    /// <summary>
    /// The total order on candidates: primary first, then higher FTE, then higher band, then lower
    /// assignment number (ordinal), then a fixed order on the remaining content so that the result
    /// never depends on row order. <paramref name="level"/> is the first rule that separated them
    /// (1 primary, 2 FTE, 3 band, 4 assignment number, 5 content, 6 identical).
    /// </summary>
    private int Compare(in Candidate a, in Candidate b, out int level)
    {
        if (a.Primary != b.Primary)
        {
            level = 1;
            return a.Primary ? 1 : -1;
        }

        if (a.Fte != b.Fte)
        {
            level = 2;
            return a.Fte > b.Fte ? 1 : -1;
        }

        if (a.Rank != b.Rank)
        {
            level = 3;
            return a.Rank > b.Rank ? 1 : -1;
        }

        var byNumber = a.Node == b.Node ? 0 : Number(a.Node).SequenceCompareTo(Number(b.Node));
        if (byNumber != 0)
        {
            level = 4;
            return byNumber < 0 ? 1 : -1;
        }

        level = 5;
        var byContent = a.Content.CompareTo(b.Content);
        if (byContent == 0)
        {
            level = 6;
        }

        return -byContent;
    }

    /// <summary>Adds every row another accumulator has seen, as if they had been added here.</summary>
    public void Merge(WorkforceAccumulator other)
    {
        if (ReferenceEquals(this, other))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }

        Tally.Merge(other.Tally);
        for (var id = 0; id < other._people.Count; id++)
        {
            var theirs = other._states[id];
            var person = _people.GetOrAdd(other._people[id], out var added);
            if (person == _states.Length)
            {
                Array.Resize(ref _states, _states.Length * 2);
            }

            ref var mine = ref _states[person];
            if (added)
            {
                mine = default;
                mine.FirstNode = -1;
            }

            // Warn once per distinct number of theirs that this person already had here: with the
            // warnings each side already gave, that is one per row whose number repeated, as if all
            // the rows had been added to one accumulator.
            var best = theirs.Best.Node;
            var bestOther = theirs.BestOther.Node;
            var originalHead = mine.FirstNode;
            for (var node = theirs.FirstNode; node >= 0; node = other._nodes[node].Next)
            {
                var number = other.Number(node);
                if (Contains(originalHead, number) && !other.ContainsBefore(theirs.FirstNode, node, number))
                {
                    Tally.Warning(other._nodes[node].Line, ColumnNames.AssignmentNumber, WresErrorCodes.DuplicateAssignmentNumber, DuplicateMessage);
                }

                var copy = AppendNode(ref mine, number, other._nodes[node].Line);
                if (node == best)
                {
                    theirs.Best.Node = copy;
                }

                if (node == bestOther)
                {
                    theirs.BestOther.Node = copy;
                }
            }

            MergeState(ref mine, theirs);
        }
    }

    private void MergeState(ref PersonState mine, in PersonState theirs)
    {
        mine.EthnicGroupsSeen |= theirs.EthnicGroupsSeen;
        if (theirs.InScope > 0)
        {
            if (mine.InScope == 0)
            {
                mine.Best = theirs.Best;
                mine.Decision = theirs.Decision;
            }
            else
            {
                var order = Compare(theirs.Best, mine.Best, out var level);
                if (order > 0)
                {
                    mine.Best = theirs.Best;
                    mine.Decision = Math.Max(theirs.Decision, (byte)level);
                }
                else
                {
                    mine.Decision = Math.Max(mine.Decision, (byte)level);
                }
            }

            mine.InScope += theirs.InScope;
        }

        if (theirs.OutOfScope > 0)
        {
            if (mine.OutOfScope == 0 || Compare(theirs.BestOther, mine.BestOther, out _) > 0)
            {
                mine.BestOther = theirs.BestOther;
            }

            mine.OutOfScope += theirs.OutOfScope;
        }
    }

    /// <summary>Finds a person's groups for joining cases and training: their chosen assignment's, or their best out-of-scope row's.</summary>
    public bool TryGetPerson(ReadOnlySpan<byte> employee, out byte ethnicity, out byte disability, out bool inWorkforce)
    {
        var id = _people.Find(employee);
        if (id < 0)
        {
            ethnicity = 0;
            disability = 0;
            inWorkforce = false;
            return false;
        }

        ref readonly var state = ref _states[id];
        inWorkforce = state.InScope > 0;
        ref readonly var chosen = ref inWorkforce ? ref state.Best : ref state.BestOther;
        ethnicity = (byte)chosen.Ethnicity;
        disability = (byte)chosen.Disability;
        return true;
    }

    /// <summary>
    /// Counts people into cells. Changes nothing here: findings that only show once all rows are in
    /// (conflicting ethnic groups) go to <paramref name="findings"/>, a copy of <see cref="Tally"/>.
    /// </summary>
    public WorkforceCounts Count(SourceTally findings)
    {
        var counts = new WorkforceCounts();
        for (var id = 0; id < _people.Count; id++)
        {
            ref readonly var state = ref _states[id];
            if (state.InScope == 0)
            {
                continue;
            }

            ref readonly var best = ref state.Best;
            counts.Add(best.Segment, best.Row, best.Ethnicity, best.Disability);
            counts.Decided(state.InScope == 1 ? SelectionRule.OnlyAssignment : RuleFor(state.Decision));
            if (state.EthnicGroupsSeen == 0b110)
            {
                findings.Warning(_nodes[best.Node].Line, ColumnNames.EthnicOrigin, WresErrorCodes.ConflictingEthnicity,
                    "This person's assignments record both a White and a BME ethnic origin; the chosen assignment's is used.");
            }
        }

        return counts;
    }

    private static SelectionRule RuleFor(byte level) => level switch
    {
        1 => SelectionRule.PrimaryAssignment,
        2 => SelectionRule.HighestFte,
        3 => SelectionRule.HighestBand,
        4 => SelectionRule.LowestAssignmentNumber,
        _ => SelectionRule.DuplicateAssignmentNumber,
    };
}
