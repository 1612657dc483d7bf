using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Wres.Core;

namespace Wres.Reporting.Contract;

/// <summary>
/// The one home of the <c>wres-report/1</c> keys and formatting, shared by the writer and the reader of last year's
/// report. A key is its DTO property's name in camel case (<c>PValue</c> is <c>pValue</c>); the WDES swaps the words
/// of the groups in every key (<c>white</c> becomes <c>nonDisabled</c>, <c>Bme</c> becomes <c>Disabled</c>:
/// <c>knownBmePercent</c> is <c>knownDisabledPercent</c>). Output is indented with LF line ends, text unescaped
/// beyond what JSON requires, doubles in their shortest round-trip form.
/// </summary>
internal static class ReportJson
{
    /// <summary>The schema id of a report.</summary>
    public const string Schema = "wres-report/1";

    /// <summary>The schema id of data-quality-only output (<c>wres validate</c>).</summary>
    public const string DataQualitySchema = "wres-data-quality/1";

    /// <summary>The status of an indicator whose input was not supplied.</summary>
    public const string NotProvided = "NotProvided";

    private static readonly JsonSerializerOptions WresOptions = Create(EqualityStandard.Wres);
    private static readonly JsonSerializerOptions WdesOptions = Create(EqualityStandard.Wdes);

    /// <summary>The serializer options of a standard's reports.</summary>
    public static JsonSerializerOptions Options(EqualityStandard standard) => standard == EqualityStandard.Wdes ? WdesOptions : WresOptions;

    /// <summary>The metadata of a contract type with a standard's keys.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>(EqualityStandard standard) => (JsonTypeInfo<T>)Options(standard).GetTypeInfo(typeof(T));

    /// <summary>The key of a DTO property in a standard's reports, for example <c>knownDisabledPercent</c> for <c>KnownBmePercent</c> in the WDES.</summary>
    /// <param name="propertyName">The property's name (<c>nameof</c>).</param>
    /// <param name="standard">The standard.</param>
    public static string Key(string propertyName, EqualityStandard standard = EqualityStandard.Wres) =>
        InStandard(JsonNamingPolicy.CamelCase.ConvertName(propertyName), standard);

    /// <summary>A WRES key as the standard has it: the same for the WRES; for the WDES, the words <c>white</c> and <c>bme</c> swapped for <c>nonDisabled</c> and <c>disabled</c>.</summary>
    public static string InStandard(string key, EqualityStandard standard)
    {
        if (standard != EqualityStandard.Wdes)
        {
            return key;
        }

        var result = new StringBuilder(key.Length + 8);
        var start = 0;
        for (var i = 1; i <= key.Length; i++)
        {
            if (i == key.Length || char.IsUpper(key[i]))
            {
                var word = key[start..i];
                var first = start == 0;
                result.Append(word.ToUpperInvariant() switch
                {
                    "WHITE" => first ? "nonDisabled" : "NonDisabled",
                    "BME" => first ? "disabled" : "Disabled",
                    _ => word,
                });
                start = i;
            }
        }

        return result.ToString();
    }

    private static JsonSerializerOptions Create(EqualityStandard standard)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
            TypeInfoResolver = standard == EqualityStandard.Wdes
                ? ReportJsonContext.Default.WithAddedModifier(WdesKeys)
                : ReportJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }

    private static void WdesKeys(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            property.Name = InStandard(property.Name, EqualityStandard.Wdes);
        }
    }
}
