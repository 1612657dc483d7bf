using System.Runtime.CompilerServices;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>Reads the training file: one row per course taken.</summary>
internal static class TrainingParser
{
    private const int Employee = 0;
    private const int Course = 1;
    private const int Mandatory = 2;
    private const int Date = 3;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse<TSink>(CsvTable table, TSink sink, CancellationToken cancellationToken)
        where TSink : IRowSink
    {
        var schema = Columns.Training;
        var routes = sink.Routes;
        var fixedTally = sink.TallyFor([]);
        while (table.Read(fixedTally, cancellationToken))
        {
            var record = table.Record;
            var tally = routes ? sink.TallyFor(Fields.Trim(record[Employee])) : fixedTally;
            // Stryker disable once Logical,Block,Statement : each rule in turn; without the continue, or with &&, a value read later could be unassigned (does not compile)
            if (!RowChecks.FieldCount(table, tally)
                || !RowChecks.Required(record, tally, schema, Employee, out var employee)
                || !RowChecks.Required(record, tally, schema, Course, out var course)
                || !RowChecks.YesNo(record, tally, schema, Mandatory, whenBlank: null, out var mandatory)
                || !RowChecks.OptionalDate(record, tally, schema, Date, out var date))
            {
                continue;
            }

            sink.Add(new TrainingRow { Employee = employee, Course = course, Mandatory = mandatory, Date = date, Line = table.Line }, tally);
        }
    }
}
