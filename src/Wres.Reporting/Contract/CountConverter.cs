using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// Reads and writes a <see cref="Count"/>: a whole number from 0, <c>null</c> when suppressed; text (how reports
/// written before <c>wres-report/1</c> had the <c>…Suppressed</c> siblings showed a suppressed count) reads as
/// suppressed.
/// </summary>
internal sealed class CountConverter : JsonConverter<Count>
{
    public override Count Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => Count.Suppressed,
        JsonTokenType.Number when reader.TryGetInt32(out var count) && count >= 0 => new Count(count),
        _ => throw new JsonException(ContractExpectation.Count),
    };

    public override void Write(Utf8JsonWriter writer, Count value, JsonSerializerOptions options)
    {
        if (value.Value is { } count)
        {
            writer.WriteNumberValue(count);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
