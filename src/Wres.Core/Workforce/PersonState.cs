using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Wres.Core.Workforce;

/// <summary>One candidate assignment, packed: its facts, its FTE and the node holding its assignment number and line.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Candidate
{
    public uint Packed;   // StaffFacts.Pack()
    public int Fte;       // ten-thousandths; -1 when not given
    public int Node;      // index of the assignment node

    public readonly int Ethnicity => (int)(Packed & 3);

    public readonly int Disability => (int)((Packed >> 2) & 3);

    public readonly int Segment => (int)((Packed >> 4) & 3);

    public readonly int Row => (int)((Packed >> 6) & 31);

    public readonly int Rank => (int)((Packed >> 11) & 15);

    public readonly bool Primary => (Packed & (1u << 15)) != 0;

    /// <summary>The content that is neither a choosing rule nor the assignment number, for the final tie-break.</summary>
    public readonly uint Content
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Packed & ~((15u << 11) | (1u << 15));
    }
}

/// <summary>What the workforce knows about one person after any number of their rows.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PersonState
{
    public Candidate Best;        // the best in-scope assignment (when InScope > 0)
    public Candidate BestOther;   // the best out-of-scope assignment (when OutOfScope > 0)
    public int InScope;           // in-scope assignments seen
    public int OutOfScope;        // out-of-scope assignments seen
    public int FirstNode;         // the person's assignment numbers, as a list of nodes
    public byte Decision;         // the deepest rule level needed to separate Best from every other in-scope assignment
    public byte EthnicGroupsSeen; // bit per known ethnic group across all the person's rows
}

/// <summary>One assignment number a person has, with the line it was read on.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct AssignmentNode
{
    public int Offset;
    public int Length;
    public int Next;   // the person's next node, or -1
    public int Line;
}
