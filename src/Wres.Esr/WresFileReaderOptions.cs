namespace Wres.Esr;

/// <summary>How a <see cref="WresFileReader"/> uses the machine.</summary>
public sealed class WresFileReaderOptions
{
    /// <summary>
    /// The most files and chunks of large files read at once: 1 reads one at a time; <see langword="null"/>
    /// (<b>Default</b>) uses every core (<see cref="Environment.ProcessorCount"/>). Set it lower on a shared host.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; set; }

    /// <summary>The degree of parallelism to use, checked.</summary>
    internal int Resolve() => MaxDegreeOfParallelism switch
    {
        null => Environment.ProcessorCount,
        >= 1 and var degree => degree,
        var degree => throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), degree, "The degree of parallelism must be at least 1, or null for every core."),
    };
}
