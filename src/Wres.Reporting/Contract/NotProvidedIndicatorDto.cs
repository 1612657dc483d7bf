namespace Wres.Reporting.Contract;

/// <summary>An indicator whose input was not supplied (<c>"status": "NotProvided"</c>): its kind, id, title and status only.</summary>
internal sealed record NotProvidedIndicatorDto : IndicatorDto;
