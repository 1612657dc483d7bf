using System.Runtime.InteropServices;

namespace Wres.Core.Workforce;

/// <summary>One candidate assignment: the facts that count plus where its assignment number is kept.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct Candidate
{
    public StaffFacts Facts;
    public int AssignmentId;   // id in the accumulator's assignment key table
    public int Line;           // where the row was read, for messages
}

/// <summary>What the workforce knows about one person after any number of their rows.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct PersonState
{
    public Candidate Best;        // the best in-scope assignment (when InScope > 0)
    public Candidate BestOther;   // the best out-of-scope assignment (when OutOfScope > 0)
    public int InScope;           // in-scope assignments seen
    public int OutOfScope;        // out-of-scope assignments seen
    public byte Decision;         // the deepest rule level needed to separate Best from every other in-scope assignment
    public byte EthnicGroupsSeen; // bit per known ethnic group across all the person's rows
}
