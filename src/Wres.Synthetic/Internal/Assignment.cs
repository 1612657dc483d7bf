using System.Runtime.InteropServices;

namespace Wres.Synthetic.Internal;

/// <summary>One assignment row's cells, apart from the person's own (employee number, ethnicity, disability, organisation).</summary>
[StructLayout(LayoutKind.Auto)]
internal struct Assignment
{
    /// <summary>1, 2 or 3; 0 for a blank assignment number.</summary>
    public int Number;
    public string StaffGroup;
    public string PayBand;
    public string Primary;
    public string Category;
    public string Fte;
    public string OccupationCode;
}
