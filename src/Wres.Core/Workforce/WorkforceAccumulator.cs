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
/// Per row: one lookup of the employee number, one of the assignment number, no allocation once the
/// tables have grown.
/// </remarks>
internal sealed class WorkforceAccumulator
{
    private readonly WorkforceSettings _settings;
    private readonly KeyTable _people;
    private readonly KeyTable _assignments; // employee number + '\0' + assignment number
    private PersonState[] _states;
    private int[] _assignmentLines;
    private char[] _keyBuffer = new char[64];

    public WorkforceAccumulator(WorkforceSettings settings, SourceTally tally, int capacity = 1024)
    {
        _settings = settings;
        Tally = tally;
        _people = new KeyTable(capacity);
        _assignments = new KeyTable(capacity);
        _states = new PersonState[capacity];
        _assignmentLines = new int[capacity];
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
            Organisation = -1,
        };
        var number = string.IsNullOrWhiteSpace(assignment.AssignmentNumber)
            ? assignment.EmployeeNumber.AsSpan()
            : assignment.AssignmentNumber.AsSpan();
        AddRow(assignment.EmployeeNumber.AsSpan().Trim(), number.Trim(), facts, line);
    }

    /// <summary>Adds one valid, classified row. The caller has already counted nothing for it.</summary>
    public void AddRow(ReadOnlySpan<char> employee, ReadOnlySpan<char> assignmentNumber, in StaffFacts facts, int line)
    {
        var inScope = !_settings.IsExcluded(facts.Category);
        if (inScope)
        {
            Tally.Counted();
        }
        else
        {
            Tally.Excluded(ExclusionRule.ExcludedAssignmentCategory, facts.Category.ToString());
        }

        var person = _people.GetOrAdd(employee, out var newPerson);
        var assignment = AddAssignmentKey(employee, assignmentNumber, line, out var duplicate);
        if (duplicate)
        {
            Tally.Warning(line, ColumnNames.AssignmentNumber, WresErrorCodes.DuplicateAssignmentNumber,
                "This employee already has an assignment with the same assignment number; the person is still counted once.");
        }

        if (person == _states.Length)
        {
            Array.Resize(ref _states, _states.Length * 2);
        }

        if (newPerson)
        {
            _states[person] = default;
        }

        var candidate = new Candidate { Facts = facts, AssignmentId = assignment, Line = line };
        Offer(ref _states[person], candidate, inScope);
    }

    private int AddAssignmentKey(ReadOnlySpan<char> employee, ReadOnlySpan<char> number, int line, out bool duplicate)
    {
        var length = employee.Length + 1 + number.Length;
        if (length > _keyBuffer.Length)
        {
            _keyBuffer = new char[Math.Max(length, _keyBuffer.Length * 2)];
        }

        employee.CopyTo(_keyBuffer);
        _keyBuffer[employee.Length] = '\0';
        number.CopyTo(_keyBuffer.AsSpan(employee.Length + 1));
        var id = _assignments.GetOrAdd(_keyBuffer.AsSpan(0, length), out var added);
        duplicate = !added;
        if (added)
        {
            if (id == _assignmentLines.Length)
            {
                Array.Resize(ref _assignmentLines, _assignmentLines.Length * 2);
            }

            _assignmentLines[id] = line;
        }

        return id;
    }

    private void Offer(ref PersonState state, in Candidate candidate, bool inScope)
    {
        var ethnicity = candidate.Facts.Ethnicity;
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
        if (a.Facts.Primary != b.Facts.Primary)
        {
            level = 1;
            return a.Facts.Primary ? 1 : -1;
        }

        if (a.Facts.Fte != b.Facts.Fte)
        {
            level = 2;
            return a.Facts.Fte > b.Facts.Fte ? 1 : -1;
        }

        if (a.Facts.Rank != b.Facts.Rank)
        {
            level = 3;
            return a.Facts.Rank > b.Facts.Rank ? 1 : -1;
        }

        if (a.AssignmentId != b.AssignmentId)
        {
            level = 4;
            var byNumber = _assignments[a.AssignmentId].SequenceCompareTo(_assignments[b.AssignmentId]);
            return byNumber < 0 ? 1 : -1;
        }

        level = 5;
        var byContent = ContentKey(a.Facts).CompareTo(ContentKey(b.Facts));
        if (byContent == 0)
        {
            level = 6;
        }

        return -byContent;
    }

    private static long ContentKey(in StaffFacts facts) =>
        ((long)facts.Ethnicity << 40) | ((long)facts.Disability << 32) | ((long)facts.Segment << 24)
        | ((long)facts.Row << 16) | ((long)(byte)facts.Category << 8);

    /// <summary>Adds every row another accumulator has seen, as if they had been added here.</summary>
    public void Merge(WorkforceAccumulator other)
    {
        if (ReferenceEquals(this, other))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }

        Tally.Merge(other.Tally);
        var assignmentMap = new int[other._assignments.Count];
        for (var id = 0; id < other._assignments.Count; id++)
        {
            var line = other._assignmentLines[id];
            var key = other._assignments[id];
            var mapped = _assignments.GetOrAdd(key, out var added);
            if (added)
            {
                if (mapped == _assignmentLines.Length)
                {
                    Array.Resize(ref _assignmentLines, _assignmentLines.Length * 2);
                }

                _assignmentLines[mapped] = line;
            }
            else
            {
                Tally.Warning(Math.Max(line, _assignmentLines[mapped]), ColumnNames.AssignmentNumber, WresErrorCodes.DuplicateAssignmentNumber,
                    "This employee already has an assignment with the same assignment number; the person is still counted once.");
            }

            assignmentMap[id] = mapped;
        }

        for (var id = 0; id < other._people.Count; id++)
        {
            var theirs = other._states[id];
            var person = _people.GetOrAdd(other._people[id], out var added);
            if (person == _states.Length)
            {
                Array.Resize(ref _states, _states.Length * 2);
            }

            if (added)
            {
                _states[person] = default;
            }

            theirs.Best.AssignmentId = assignmentMap[theirs.Best.AssignmentId];
            theirs.BestOther.AssignmentId = assignmentMap[theirs.BestOther.AssignmentId];
            MergeState(ref _states[person], theirs);
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
    public bool TryGetPerson(ReadOnlySpan<char> employee, out byte ethnicity, out byte disability, out bool inWorkforce)
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
        ref readonly var facts = ref inWorkforce ? ref state.Best.Facts : ref state.BestOther.Facts;
        ethnicity = facts.Ethnicity;
        disability = facts.Disability;
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

            ref readonly var facts = ref state.Best.Facts;
            counts.Add(facts.Segment, facts.Row, facts.Ethnicity, facts.Disability);
            counts.Decided(state.InScope == 1 ? SelectionRule.OnlyAssignment : RuleFor(state.Decision));
            if (state.EthnicGroupsSeen == 0b110)
            {
                findings.Warning(state.Best.Line, ColumnNames.EthnicOrigin, WresErrorCodes.ConflictingEthnicity,
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
