namespace Wres.Core.Internal;

/// <summary>A row keyed by the 64-bit hash of its employee number, for partitioning.</summary>
internal interface IHashed
{
    ulong Hash { get; }
}
