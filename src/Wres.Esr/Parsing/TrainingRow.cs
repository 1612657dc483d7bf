using NodaTime;
using Wres.Core.Ingestion;
using Wres.Core.Training;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>One valid training row.</summary>
internal ref struct TrainingRow
{
    public ReadOnlySpan<byte> Employee;
    public ReadOnlySpan<byte> Course;
    public bool Mandatory;
    public LocalDate? Date;
    public int Line;

    public readonly bool AddTo(InputWriter writer) => writer.AddTraining(Employee, Mandatory, Date, Line);

    public readonly TrainingRecord ToRecord() => new()
    {
        EmployeeNumber = Fields.Text(Employee),
        Course = Fields.Text(Course),
        Mandatory = Mandatory,
        Date = Date,
    };
}
