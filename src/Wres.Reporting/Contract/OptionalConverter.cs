using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Wres.Reporting.Contract;

/// <summary>Reads and writes an <see cref="Optional{T}"/> as its value, through the contract's metadata for <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The field's type.</typeparam>
internal sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
{
    public override bool HandleNull => true;

    public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return new(JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!);
        }
        catch (JsonException e) when (e.Path is not null)
        {
            // The path inside the field; the serializer adds the field's own path to this one.
            throw new JsonException(null, null, null, null, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
