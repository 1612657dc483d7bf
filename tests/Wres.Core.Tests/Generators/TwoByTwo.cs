using Wres.Core.Statistics;

namespace Wres.Core.Tests.Generators;

/// <summary>A 2×2 table as two groups' counts: a of n1 (numerator group) and c of n2 (denominator group).</summary>
public sealed record TwoByTwo(int A, int N1, int C, int N2)
{
    public Proportion Numerator => Proportion.Of(A, N1);

    public Proportion Denominator => Proportion.Of(C, N2);

    public RelativeLikelihood Compute(StatisticsOptions? options = null) =>
        options is null
            ? RelativeLikelihood.Compute(Numerator, Denominator)
            : RelativeLikelihood.Compute(Numerator, Denominator, options);
}
