namespace Wres.Core.Ingestion;

/// <summary>
/// Which columns for breaking indicator 2 down a recruitment input has (<see cref="ApplicationFacts.Columns"/>):
/// the report gives indicator 2 by the post's pay band, or by its staff group, only for an input that has the column.
/// </summary>
[Flags]
public enum ApplicationColumns
{
    /// <summary>Neither column.</summary>
    None = 0,

    /// <summary>The post's pay band or grade (<c>Pay Band</c>).</summary>
    PayBand = 1,

    /// <summary>The post's staff group (<c>Staff Group</c>).</summary>
    StaffGroup = 2,
}
