using System.Text.Json;

namespace Wres.Core.Mapping;

/// <summary>
/// Reads the mapping file: a trust's own names for columns and values (<c>wres report --mapping trust.json</c>).
/// Every section is optional; comments and trailing commas are allowed, since people edit the file by hand.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "columns": { "staff": { "Pers No": "Employee Number", "Race": "Ethnic Origin" } },
///   "values": {
///     "ethnicity": { "Kashmiri": "L" },          "grade": { "AfC 5": "Band 5" },
///     "staffGroup": { "Nursing": "03" },          "caseType": { "Conduct Hearing": "Disciplinary", "Attendance": "Excluded" },
///     "assignmentCategory": { "Zero Hours": "Bank" }, "disability": { "Y - Disabled": "Yes" },
///     "sex": { "Woman": "Female", "Man": "Male" }
///   }
/// }
/// </code>
/// <para>The file keys of <c>columns</c> are <see cref="FileKeys"/>. A key this reader does not know is an error
/// (a typo would otherwise be ignored silently); whether a mapped value is known is checked when the options are
/// validated (<see cref="ValueMap.TryCreate"/>), and whether a mapped column is a contract column by the file reader.</para>
/// </remarks>
public static class MappingFile
{
    /// <summary>The largest mapping file read, in bytes (1 MiB): a mapping is a few hundred lines at most.</summary>
    public const int MaximumBytes = 1 << 20;

    /// <summary>The input files a mapping's <c>columns</c> section may name.</summary>
    public static IReadOnlyList<string> FileKeys { get; } =
        ["staff", "recruitment", "disciplinary", "training", "board", "survey", "previousStaff", "previousDisciplinary", "pay"];

    private static readonly string[] ValueKeys = ["ethnicity", "grade", "staffGroup", "caseType", "assignmentCategory", "disability", "sex"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 8,
    };

    /// <summary>Reads a mapping from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="FormatException">The text is not JSON of the mapping's shape; the message says where.</exception>
    public static InputMapping Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"the mapping is not valid JSON ({Where(e)}).", e);
        }
    }

    /// <summary>Reads a mapping from a stream (UTF-8), refusing one larger than <see cref="MaximumBytes"/>.</summary>
    /// <param name="stream">The stream; not closed.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="FormatException">The stream is too large or not JSON of the mapping's shape.</exception>
    public static InputMapping Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaximumBytes)
            {
                throw new FormatException($"the mapping is larger than {MaximumBytes / 1024} KiB; a mapping file is a small JSON file of names and values.");
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"the mapping is not valid JSON ({Where(e)}).", e);
        }
    }

    private static string Where(JsonException e) =>
        e.LineNumber is { } line ? $"line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : e.Message;

    private static InputMapping Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the mapping must be a JSON object with the sections \"columns\" and \"values\".");
        }

        var mapping = new InputMapping();
        foreach (var section in root.EnumerateObject())
        {
            switch (section.Name)
            {
                case "columns":
                    foreach (var file in Object(section.Value, "columns").EnumerateObject())
                    {
                        var key = FileKeys.FirstOrDefault(k => string.Equals(k, file.Name, StringComparison.OrdinalIgnoreCase))
                            ?? throw new FormatException($"columns.{file.Name} is not an input file; the files are {string.Join(", ", FileKeys)}.");
                        if (!mapping.Columns.TryGetValue(key, out var columns))
                        {
                            columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                            mapping.Columns.Add(key, columns);
                        }

                        Strings(file.Value, $"columns.{file.Name}", columns);
                    }

                    break;
                case "values":
                    foreach (var kind in Object(section.Value, "values").EnumerateObject())
                    {
                        var target = kind.Name switch
                        {
                            "ethnicity" => mapping.Values.Ethnicity,
                            "grade" => mapping.Values.Grade,
                            "staffGroup" => mapping.Values.StaffGroup,
                            "caseType" => mapping.Values.CaseType,
                            "assignmentCategory" => mapping.Values.AssignmentCategory,
                            "disability" => mapping.Values.Disability,
                            "sex" => mapping.Values.Sex,
                            _ => throw new FormatException($"values.{kind.Name} is not a kind of value the mapping knows; the kinds are {string.Join(", ", ValueKeys)}."),
                        };
                        Strings(kind.Value, $"values.{kind.Name}", target);
                    }

                    break;
                default:
                    throw new FormatException($"\"{section.Name}\" is not a section of the mapping; the sections are \"columns\" and \"values\".");
            }
        }

        return mapping;
    }

    private static JsonElement Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? element : throw new FormatException($"{path} must be a JSON object.");

    private static void Strings(JsonElement element, string path, IDictionary<string, string> target)
    {
        foreach (var entry in Object(element, path).EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"{path}: the value for '{entry.Name}' must be a string.");
            }

            if (target.ContainsKey(entry.Name))
            {
                throw new FormatException($"{path}: '{entry.Name}' is mapped twice.");
            }

            target.Add(entry.Name, entry.Value.GetString()!);
        }
    }
}
