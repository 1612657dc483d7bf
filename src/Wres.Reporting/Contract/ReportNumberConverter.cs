using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>Reads and writes a <see cref="ReportNumber"/>: a JSON number, written as a decimal or a shortest round-trip double.</summary>
internal sealed class ReportNumberConverter : JsonConverter<ReportNumber>
{
    public override ReportNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw new JsonException(ContractExpectation.Number);
        }

        return ReportNumber.Read(value, reader.TryGetDecimal(out var exact) ? exact : null);
    }

    public override void Write(Utf8JsonWriter writer, ReportNumber value, JsonSerializerOptions options)
    {
        if (value.IsDecimal)
        {
            writer.WriteNumberValue(value.Decimal!.Value);
        }
        else
        {
            writer.WriteNumberValue(value.Double);
        }
    }
}
