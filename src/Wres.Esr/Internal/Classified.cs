using Wres.Core.Validation;

namespace Wres.Esr.Internal;

/// <summary>A classified field value with the finding it deserves, worked out once per distinct text.</summary>
internal readonly record struct Classified<T>(T Value, string? Code = null, IssueSeverity Severity = IssueSeverity.Unknown, string? Message = null)
{
    public void Report(SourceTally tally, int line, string column)
    {
        if (Message is null)
        {
            return;
        }

        if (Severity == IssueSeverity.Note)
        {
            tally.Note(line, column, Code!, Message);
        }
        else
        {
            tally.Warning(line, column, Code!, Message, fold: true);
        }
    }
}
