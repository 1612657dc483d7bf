using System.Runtime.CompilerServices;
using Wres.Core.Validation;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>Reads the staff-in-post file: one row per assignment.</summary>
internal static class StaffParser
{
    private const int Employee = 0;
    private const int Assignment = 1;
    private const int Ethnicity = 2;
    private const int Group = 3;
    private const int Band = 4;
    private const int Primary = 5;
    private const int Category = 6;
    private const int Fte = 7;
    private const int Occupation = 8;
    private const int Disability = 9;
    private const int Organisation = 10;
    private const int EndDate = 11;
    private const int Status = 12;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse<TSink>(CsvTable table, Classifiers classifiers, TSink sink, CancellationToken cancellationToken)
        where TSink : IRowSink
    {
        var schema = Columns.Staff;
        var full = sink.Full;
        var routes = sink.Routes;
        var occupation = full || classifiers.Settings.ReadsOccupationCodes;
        var fixedTally = sink.TallyFor([]);
        var endDates = table.Has(EndDate);
        var statuses = table.Has(Status);
        var snapshot = classifiers.Snapshot;
        while (table.Read(fixedTally, cancellationToken))
        {
            var record = table.Record;
            var line = table.Line;
            var tally = routes ? sink.TallyFor(Fields.Trim(record[Organisation])) : fixedTally;
            // Stryker disable once Logical,Block,Statement : each rule in turn; without the continue, or with &&, a value read later could be unassigned (does not compile)
            if (!RowChecks.FieldCount(table, tally) || !RowChecks.Required(record, tally, schema, Employee, out var employee))
            {
                continue;
            }

            var groupText = record[Group];
            var staffGroup = Fields.IsBlank(groupText) ? null : classifiers.StaffGroup(groupText);
            if (staffGroup is null)
            {
                tally.Reject(line, "Staff Group", WresErrorCodes.UnrecognisedStaffGroup, Fields.IsBlank(groupText)
                    ? "Staff Group is blank, so the row cannot be placed in a segment."
                    : $"Staff group {Fields.Quote(groupText)} is not an ESR staff group code (01-10) or name, so the row cannot be placed in a segment.");
                continue;
            }

            // Optional cells never lose a person: a bad value is a warning and the column's default applies.
            var primary = RowChecks.OptionalYesNo(record, tally, schema, Primary, whenBad: true);
            decimal? fte = null;
            var fteText = record[Fte];
            if (Fields.TryPlainDecimal(fteText, out var plain, out _))
            {
                fte = plain;
            }
            else if (!Fields.IsBlank(fteText))
            {
                if (Fields.TryDecimal(fteText, out var value))
                {
                    fte = value;
                }
                else
                {
                    RowChecks.WarnOptional(tally, line, "FTE", fteText, "is not a number", "FTE is not used to choose this person's assignment");
                }
            }

            if (fte is { } given && !Core.Validation.RecordRules.FteInRange.Allows(given))
            {
                RowChecks.WarnOptional(tally, line, "FTE", fteText, "is not between 0 and 1.5", "FTE is not used to choose this person's assignment");
                fte = null;
            }

            var hasLeft = statuses && classifiers.IsLeaver(Fields.Trim(record[Status]));
            if (endDates && !hasLeft && RowChecks.OptionalDateOrWarn(record, tally, schema, EndDate, "the assignment is taken not to have ended") is { } end)
            {
                hasLeft = end < snapshot;
            }

            var ethnicity = classifiers.Ethnicity(record[Ethnicity]);
            var grade = classifiers.Grade(record[Band]);
            var category = classifiers.Category(record[Category]);
            var disability = classifiers.Disability(record[Disability]);
            var assignment = Fields.Trim(record[Assignment]);

            // The sink applies the record rules (an FTE above 1.5); what the values deserve is noted for rows it takes.
            var taken = sink.Add(
                new StaffRow
                {
                    Employee = employee,
                    Assignment = assignment.IsEmpty ? employee : assignment,
                    OccupationCode = occupation ? classifiers.OccupationCode(Fields.Trim(record[Occupation])) : null,
                    Organisation = full || routes ? Fields.Trim(record[Organisation]) : default,
                    Ethnicity = ethnicity.Value,
                    StaffGroup = staffGroup,
                    Grade = grade.Value.Grade,
                    Primary = primary,
                    Category = category.Value,
                    Fte = fte,
                    Disability = disability.Value,
                    HasLeft = hasLeft,
                    Line = line,
                },
                tally);
            if (taken)
            {
                ethnicity.Issue?.Seen(tally, line);
                grade.Issue?.Seen(tally, line);
                category.Issue?.Seen(tally, line);
                disability.Issue?.Seen(tally, line);
            }
        }

        classifiers.Flush();
    }
}
