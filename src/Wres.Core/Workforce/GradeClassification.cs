namespace Wres.Core.Workforce;

/// <summary>The result of reading one raw pay band or grade value.</summary>
/// <param name="Grade">The grade; <see cref="Grade.Other"/> unless recognised.</param>
/// <param name="Match">How the value was read.</param>
public readonly record struct GradeClassification(Grade Grade, GradeMatch Match);
