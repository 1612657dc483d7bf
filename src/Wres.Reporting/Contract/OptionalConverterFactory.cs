using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>Makes the <see cref="OptionalConverter{T}"/> of each <see cref="Optional{T}"/> the contract uses.</summary>
internal sealed class OptionalConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}
