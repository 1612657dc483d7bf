using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Core.Workforce;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>One valid staff row, its text still in the read buffer.</summary>
internal ref struct StaffRow
{
    public ReadOnlySpan<byte> Employee;
    public ReadOnlySpan<byte> Assignment;   // the employee number when the cell was blank
    public ReadOnlySpan<byte> Organisation; // read only when routing or making records
    public string? OccupationCode;          // read only when the options map codes, or making records
    public EthnicityClassification Ethnicity;
    public StaffGroup StaffGroup;
    public Grade Grade;
    public bool Primary;
    public AssignmentCategory Category;
    public decimal? Fte;
    public DisabilityGroup Disability;
    public bool HasLeft;                    // a leaver's assignment: ended before the snapshot, or its status says so
    public int Line;

    public readonly bool AddTo(InputWriter writer) => writer.AddStaff(
        Employee,
        Assignment,
        new StaffFacts
        {
            Ethnicity = Ethnicity.Group,
            EthnicOrigin = Ethnicity.Category,
            Disability = Disability,
            StaffGroup = StaffGroup,
            Grade = Grade,
            IsPrimary = Primary,
            Category = Category,
            Fte = Fte,
            OccupationCode = OccupationCode,
            HasLeft = HasLeft,
        },
        Line);

    public readonly StaffAssignment ToRecord() => new()
    {
        EmployeeNumber = Fields.Text(Employee),
        AssignmentNumber = Fields.Text(Assignment),
        EthnicOrigin = Ethnicity.Category,
        StaffGroup = StaffGroup,
        Grade = Grade,
        IsPrimary = Primary,
        Category = Category,
        Fte = Fte,
        OccupationCode = OccupationCode,
        Disability = Disability,
        Organisation = Organisation.IsEmpty ? null : Fields.Text(Organisation),
    };
}
