using Wres.Core.Indicators;

namespace Wres.Reporting.Internal;

/// <summary>A relative-likelihood indicator (2, 3 or 4) with the words every format shows beside it.</summary>
/// <param name="Result">The indicator.</param>
/// <param name="Title">The indicator's title with the group labels.</param>
/// <param name="ShortName">A few words for the summary, for example <c>appointment from shortlisting</c>.</param>
/// <param name="EventsLabel">The column heading of the events, for example <c>Appointed</c>.</param>
/// <param name="BaseLabel">The column heading of the base, for example <c>Shortlisted</c>.</param>
/// <param name="NotProvidedText">The sentence shown when the indicator's input was not supplied.</param>
/// <param name="NumeratorLabel">The label of the group whose likelihood is divided.</param>
/// <param name="DenominatorLabel">The label of the group whose likelihood divides.</param>
/// <param name="OrientationKey">The orientation in JSON, for example <c>WhiteOverBme</c>.</param>
/// <param name="Noun">Who is counted, for a sentence: <c>applicants</c> or <c>staff</c>.</param>
/// <param name="Infinitive">The event, after "as likely … to": <c>be appointed from shortlisting</c>.</param>
/// <param name="Past">The event in the past tense: <c>were appointed from shortlisting</c>.</param>
internal sealed record LikelihoodView(
    LikelihoodIndicatorResult Result,
    string Title,
    string ShortName,
    string EventsLabel,
    string BaseLabel,
    string NotProvidedText,
    string NumeratorLabel,
    string DenominatorLabel,
    string OrientationKey,
    string Noun,
    string Infinitive,
    string Past)
{
    /// <summary>The indicator id.</summary>
    public string Id => Result.Id;

    /// <summary>Whether the input was supplied.</summary>
    public bool IsProvided => Result.Status == IndicatorStatus.Computed && Result.RelativeLikelihood is not null;

    /// <summary>The orientation in words, for example <c>White ÷ BME</c>.</summary>
    public string OrientationText => $"{NumeratorLabel} ÷ {DenominatorLabel}";
}
