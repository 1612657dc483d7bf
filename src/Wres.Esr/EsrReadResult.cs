using Wres.Core.Validation;

namespace Wres.Esr;

/// <summary>The typed records read from one file, and what happened to each of its rows.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class EsrReadResult<T>
{
    internal EsrReadResult(IReadOnlyList<T> records, SourceQuality quality)
    {
        Records = records;
        Quality = quality;
    }

    /// <summary>The valid rows, in file order.</summary>
    public IReadOnlyList<T> Records { get; }

    /// <summary>Rows read, counted (here: every valid row) and rejected, with the findings.</summary>
    public SourceQuality Quality { get; }
}
