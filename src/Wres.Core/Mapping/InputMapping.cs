namespace Wres.Core.Mapping;

/// <summary>
/// A trust's own names for columns and values, as the mapping file (<c>wres report --mapping trust.json</c>) or an
/// <c>IConfiguration</c> section of the same shape gives them. Every section is optional; mapped values beat the
/// built-in ones. Mutable, like every options class; the engine copies it when a calculator is created.
/// </summary>
/// <remarks>
/// <para>The JSON shape (see <see cref="MappingFile"/>):</para>
/// <code>
/// {
///   "columns": { "staff": { "Pers No": "Employee Number" }, "recruitment": { "Candidate Ethnicity": "Ethnic Origin" } },
///   "values": { "ethnicity": { "Kashmiri": "L" }, "grade": { "AfC 5": "Band 5" }, "caseType": { "Attendance": "Excluded" } }
/// }
/// </code>
/// <para>Keys of <see cref="Columns"/> are the input files (<see cref="MappingFile.FileKeys"/>); each maps a header in
/// the user's file to a contract column, which the file reader checks.</para>
/// </remarks>
public sealed class InputMapping
{
    /// <summary>Per input file (<c>staff</c>, <c>recruitment</c>, …): the user's header to the contract column it holds.</summary>
    public IDictionary<string, IDictionary<string, string>> Columns { get; } =
        new Dictionary<string, IDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The user's values to values the contract knows.</summary>
    public ValueMapping Values { get; } = new();

    /// <summary>Adds another mapping's columns and values to this one (an entry of the other replaces one for the same name here).</summary>
    /// <param name="other">The mapping to add, for example one read by <see cref="MappingFile.Load"/>.</param>
    /// <returns>This mapping, for chaining.</returns>
    public InputMapping Add(InputMapping other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (file, columns) in other.Columns)
        {
            if (!Columns.TryGetValue(file, out var mine))
            {
                mine = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                Columns.Add(file, mine);
            }

            foreach (var (from, to) in columns)
            {
                mine[from] = to;
            }
        }

        Values.Add(other.Values);
        return this;
    }

    /// <summary>Whether no column and no value is mapped.</summary>
    public bool IsEmpty => Columns.All(c => c.Value.Count == 0) && Values.IsEmpty;
}
