using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>The source-generated serializer of the pay gap report, shared by the writer and by the reader of last year's (<c>--compare-with</c>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PayGapsReportDto))]
internal sealed partial class PayGapJsonContext : JsonSerializerContext;
