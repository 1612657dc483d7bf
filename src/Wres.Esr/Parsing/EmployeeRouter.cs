using Wres.Core.Ingestion;
using Wres.Core.RollUp;

namespace Wres.Esr.Parsing;

/// <summary>
/// Finds the input of the organisation of a row's employee (from the staff files, through the directory); an employee
/// in no staff file goes to the roll-up's unassigned rows.
/// </summary>
internal sealed class EmployeeRouter(WresRollUp rollUp, EmployeeDirectory directory, InputPart part, string source) : IWriterRouter
{
    private readonly InputWriter?[] _writers = new InputWriter?[directory.Organisations.Count];
    private InputWriter? _unassigned;

    public InputWriter For(ReadOnlySpan<byte> employee)
    {
        var organisation = employee.IsEmpty ? -1 : directory.Find(employee);
        return organisation < 0
            ? _unassigned ??= rollUp.Unassigned.OpenInput(part, source)
            : _writers[organisation] ??= rollUp.For(directory.Organisations[organisation]).OpenInput(part, source);
    }
}
