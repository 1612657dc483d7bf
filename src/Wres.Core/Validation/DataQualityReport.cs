namespace Wres.Core.Validation;

/// <summary>The data-quality findings and row reconciliation for every input of a report.</summary>
public sealed class DataQualityReport
{
    internal DataQualityReport(IReadOnlyList<SourceQuality> sources) => Sources = sources;

    /// <summary>One entry per input, in the order the inputs are listed in the dataset.</summary>
    public IReadOnlyList<SourceQuality> Sources { get; }

    /// <summary>Whether any row of any input was rejected.</summary>
    public bool HasRejections
    {
        get
        {
            foreach (var source in Sources)
            {
                if (source.RowsRejected > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
