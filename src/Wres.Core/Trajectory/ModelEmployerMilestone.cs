namespace Wres.Core.Trajectory;

/// <summary>The BME headcount a band is to reach by the end of one reporting year on its way to the target.</summary>
/// <param name="YearEnding">The reporting year, by the year its 31 March falls in (2027 = 2026/27).</param>
/// <param name="Bme">The BME headcount due by then, rounded up.</param>
public readonly record struct ModelEmployerMilestone(int YearEnding, int Bme);
