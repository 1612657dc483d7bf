using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Wres.Reporting.Contract;

/// <summary>
/// Says in words where a report does not hold what the contract says, from the serializer's
/// <see cref="JsonException"/>: the place (<c>in indicator 2, "white.events"</c>, <c>in the report of organisation
/// RXX01, …</c>, <c>entry 3 of "indicators"</c>) from the exception's path and the document, and what was expected
/// (<c>is not a count</c>) from the contract's metadata.
/// </summary>
internal static class ContractError
{
    /// <summary>The reason, without the reader's prefix or a full stop, for example <c>in indicator 2, "relativeLikelihood" is not a number</c>.</summary>
    /// <param name="exception">What the serializer threw.</param>
    /// <param name="root">The document that was read.</param>
    /// <param name="options">The options it was read with.</param>
    public static string Describe(JsonException exception, JsonElement root, JsonSerializerOptions options)
    {
        var segments = new List<object>();
        string? expected = null;
        for (Exception? e = exception; e is JsonException json; e = json.InnerException)
        {
            Parse(json.Path, segments);
            expected = ContractExpectation.IsOne(json.Message) ? json.Message : null;
        }

        var context = string.Empty;
        var entry = "the report";
        var indicator = string.Empty;
        var keys = new List<string>();
        JsonElement? element = root;
        Type? type = typeof(ReportDto);
        foreach (var segment in segments)
        {
            if (segment is string name)
            {
                keys.Add(name);
                element = element is { ValueKind: JsonValueKind.Object } parent && parent.TryGetProperty(name, out var child) ? child : null;
                type = type is null ? null : PropertyType(options.GetTypeInfo(type), name);
                continue;
            }

            var index = (int)segment;
            var list = keys.Count > 0 ? keys[^1] : string.Empty;
            var listPath = string.Join('.', keys);
            element = element is { ValueKind: JsonValueKind.Array } array && index < array.GetArrayLength() ? array[index] : null;
            type = type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
            var ordinal = string.Create(CultureInfo.InvariantCulture, $"entry {index + 1} of \"{listPath}\"");
            if (list == ReportJson.Key(nameof(ReportDto.Organisations)) && Text(element, nameof(ReportDto.Organisation)) is { Length: > 0 } code)
            {
                entry = $"the report of organisation {code}";
                context += $"in {entry}, ";
            }
            else if (list == ReportJson.Key(nameof(ReportDto.Indicators)))
            {
                indicator = Text(element, nameof(IndicatorDto.Id)) is { } id ? $"indicator {id}" : ordinal;
                entry = indicator;
                context += $"in {entry}, ";
                type = element is { ValueKind: JsonValueKind.Object } indicatorElement ? IndicatorType(indicatorElement) : type;
            }
            else if (list == ReportJson.Key(nameof(RepresentationIndicatorDto.Rows)) && indicator.Length > 0)
            {
                entry = string.Create(CultureInfo.InvariantCulture, $"row {index + 1} of {indicator}");
                context = context[..^(indicator.Length + 5)] + $"in {entry}, ";
            }
            else
            {
                entry = ordinal;
                context += $"in {entry}, ";
            }

            keys.Clear();
        }

        expected ??= Expectation(type);
        return keys.Count == 0
            ? $"{(context.Length > 0 ? context[..^(entry.Length + 5)] : string.Empty)}{entry} is not {expected}"
            : $"{context}\"{string.Join('.', keys)}\" is not {expected}";
    }

    /// <summary>What a value of a contract type is, in words.</summary>
    private static string Expectation(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type is null ? "what the schema says"
            : type == typeof(Count) ? ContractExpectation.Count
            : type == typeof(ReportNumber) ? ContractExpectation.Number
            : type == typeof(string) ? ContractExpectation.Text
            : type == typeof(bool) ? ContractExpectation.Boolean
            : type == typeof(int) ? ContractExpectation.WholeNumber
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? ContractExpectation.List
            : ContractExpectation.Object;
    }

    /// <summary>The type of a property of a contract object, an <see cref="Optional{T}"/> unwrapped; <see langword="null"/> when there is no such property.</summary>
    private static Type? PropertyType(JsonTypeInfo type, string name)
    {
        foreach (var property in type.Properties)
        {
            if (property.Name == name)
            {
                var propertyType = property.PropertyType;
                return propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(Optional<>)
                    ? propertyType.GetGenericArguments()[0]
                    : propertyType;
            }
        }

        return null;
    }

    private static Type? IndicatorType(JsonElement indicator)
    {
        try
        {
            return IndicatorDtoConverter.TypeOf(indicator);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(ReportJson.Key(property), out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;

    /// <summary>Adds the steps of a serializer path (<c>$.indicators[1].white['events']</c>) to <paramref name="segments"/>: names as strings, indexes as integers.</summary>
    private static void Parse(string? path, List<object> segments)
    {
        if (path is null)
        {
            return;
        }

        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end]);
                i = Math.Min(end + 2, path.Length);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(int.Parse(path.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture));
                i = Math.Min(end + 1, path.Length);
            }
            else
            {
                i++;
            }
        }
    }
}
