using System.Globalization;
using Wres.Core;
using Wres.Core.RollUp;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Internal;

/// <summary>
/// The views of a roll-up's reports: the combined report and one per organisation, each with the same options, so
/// disclosure control applies to every one of them. Each organisation is compared with last year's report of the
/// same organisation code when last year's report has one. Built once per write.
/// </summary>
internal sealed class RollUpView
{
    public RollUpView(RollUpReport rollUp, ReportWriterOptions options)
    {
        // The combined counts are the organisations' sums, so disclosure control protects them all together.
        List<WresReport> reports = [rollUp.Combined, .. rollUp.Organisations];
        var figures = Disclosure.Figures(reports, options.Publish ? ReportView.CheckedDisclosure(options) : null, options.Detail && rollUp.Combined.Standard == EqualityStandard.Wres);
        Combined = new ReportView(rollUp.Combined, options, options.CompareWith, CombinedAnchor + "-", figures[0]);
        var organisations = new List<ReportView>(rollUp.Organisations.Count);
        for (var i = 0; i < rollUp.Organisations.Count; i++)
        {
            var report = rollUp.Organisations[i];
            organisations.Add(new ReportView(report, options, options.CompareWith?.ForOrganisation(report.Organisation), OrganisationAnchor(i) + "-", figures[i + 1]));
        }

        Organisations = organisations;
    }

    /// <summary>The HTML id of the combined report's section.</summary>
    public static string CombinedAnchor => "combined";

    /// <summary>The combined report.</summary>
    public ReportView Combined { get; }

    /// <summary>The organisations' reports, in the roll-up's order (ordinal order of the codes).</summary>
    public IReadOnlyList<ReportView> Organisations { get; }

    /// <summary>The HTML id of an organisation's section: <c>organisation-1</c>, <c>organisation-2</c>, … (codes may hold any character, so they are not used).</summary>
    public static string OrganisationAnchor(int index) => string.Create(CultureInfo.InvariantCulture, $"organisation-{index + 1}");
}
