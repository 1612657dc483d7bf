using NodaTime;
using Wres.Core.Casework;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>One valid case row.</summary>
internal ref struct CaseRow
{
    public ReadOnlySpan<byte> Reference;
    public ReadOnlySpan<byte> Employee;
    public LocalDate StartDate;
    public EthnicityClassification Ethnicity;
    public CaseType Type;
    public int Line;

    public readonly bool AddTo(InputWriter writer) =>
        writer.AddCase(Employee, StartDate, Type, Ethnicity.IsBlank ? null : Ethnicity.Group, Line);

    public readonly EmployeeRelationsCase ToRecord() => new()
    {
        CaseReference = Fields.Text(Reference),
        EmployeeNumber = Fields.Text(Employee),
        StartDate = StartDate,
        EthnicOrigin = Ethnicity.Category,
        Type = Type,
    };
}
