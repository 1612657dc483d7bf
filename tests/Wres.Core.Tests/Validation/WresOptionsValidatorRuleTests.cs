using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Trajectory;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Validation;

/// <summary>
/// Each rule of <see cref="WresOptionsValidator"/> on its own: one change from the defaults gives exactly one failure,
/// naming the option and saying what is wrong; each boundary the rule allows is valid.
/// </summary>
public class WresOptionsValidatorRuleTests
{
    private static readonly WresOptionsValidator Validator = new();

    private static readonly Dictionary<string, Action<WresOptions>> InvalidChanges = new()
    {
        ["MaxIssuesPerSource -1"] = o => o.MaxIssuesPerSource = -1,
        ["BmeLabel blank"] = o => o.Ethnicity.BmeLabel = "  ",
        ["LocalCodes national"] = o => o.Ethnicity.LocalCodes.Add(EthnicCategory.WhiteBritish),
        ["LocalCodes null"] = o => o.Ethnicity.LocalCodes.Add(null!),
        ["LocalCodes twice"] = o =>
        {
            o.Ethnicity.LocalCodes.Add(EthnicCategory.Local("X1", "Local one", EthnicGroup.Bme));
            o.Ethnicity.LocalCodes.Add(EthnicCategory.Local("x1", "Local one again", EthnicGroup.White));
        },
        ["ExtraLabels blank key"] = o => o.Ethnicity.ExtraLabels[" "] = EthnicCategory.WhiteBritish,
        ["ExtraLabels null value"] = o => o.Ethnicity.ExtraLabels["Irish"] = null!,
        ["Columns unknown file"] = o => o.Mapping.Columns["payroll"] = new Dictionary<string, string> { ["A"] = "Ethnic Origin" },
        ["Columns blank header"] = o => o.Mapping.Columns["staff"] = new Dictionary<string, string> { ["Ethnicity"] = "Ethnic Origin", [" "] = "Pay Band" },
        ["Columns blank column"] = o => o.Mapping.Columns["staff"] = new Dictionary<string, string> { ["Ethnicity"] = "" },
        ["Values unknown grade"] = o => o.Mapping.Values.Grade["Band Z"] = "Band 99",
        ["StaffGroupSegments missing"] = o => o.Workforce.StaffGroupSegments.Remove(StaffGroup.Students),
        ["StaffGroupSegments unknown"] = o => o.Workforce.StaffGroupSegments[StaffGroup.Students] = Segment.Unknown,
        ["OccupationCodeSegments blank code"] = o => o.Workforce.OccupationCodeSegments[" "] = Segment.Clinical,
        ["OccupationCodeSegments undefined"] = o => o.Workforce.OccupationCodeSegments["C01"] = (Segment)9,
        ["ExcludedCategories unknown"] = o => o.Workforce.ExcludedCategories.Add(AssignmentCategory.Unknown),
        ["ExcludedCategories undefined"] = o => o.Workforce.ExcludedCategories.Add((AssignmentCategory)99),
        ["Interval unknown"] = o => o.Statistics.Interval = IntervalMethod.Unknown,
        ["PValue unknown"] = o => o.Statistics.PValue = PValueMethod.Unknown,
        ["LowerThreshold 0"] = o => o.Statistics.LowerThreshold = 0m,
        ["LowerThreshold above 1"] = o => o.Statistics.LowerThreshold = 1.01m,
        ["UpperThreshold below 1"] = o => o.Statistics.UpperThreshold = 0.99m,
        ["SmallCellThreshold -1"] = o => o.Statistics.SmallCellThreshold = -1,
        ["SmallBaseThreshold -1"] = o => o.Statistics.SmallBaseThreshold = -1,
        ["Rolling unknown"] = o => o.Indicators.Indicator3Rolling = RollingMode.Unknown,
        ["HeadcountBasis unknown"] = o => o.Indicators.HeadcountBasis = HeadcountBasis.Unknown,
        ["TargetYear 1999"] = o => o.ModelEmployer.TargetYear = 1999,
        ["TargetYear 2101"] = o => o.ModelEmployer.TargetYear = 2101,
        ["ShareBasis unknown"] = o => o.ModelEmployer.ShareBasis = TargetShareBasis.Unknown,
        ["Bands none"] = o => o.ModelEmployer.Bands.Clear(),
        ["Bands Other"] = o => o.ModelEmployer.Bands.Add(Grade.Other),
        ["Bands medical"] = o => o.ModelEmployer.Bands.Add(Grade.Consultant),
        ["Bands null"] = o => o.ModelEmployer.Bands.Add(null!),
        ["Bands twice"] = o => o.ModelEmployer.Bands.Add(Grade.Band8A),
        ["Disclosure policy unknown"] = o => o.Disclosure.Policy = DisclosurePolicy.Unknown,
        ["Disclosure SuppressUpTo -1"] = o => o.Disclosure.SuppressUpTo = -1,
        ["Disclosure RoundingBase 0"] = o => o.Disclosure.RoundingBase = 0,
        ["Disclosure Threshold 0"] = o => o.Disclosure.Threshold = 0,
    };

    private static readonly Dictionary<string, Action<WresOptions>> BoundaryChanges = new()
    {
        ["MaxIssuesPerSource 0"] = o => o.MaxIssuesPerSource = 0,
        ["LocalCodes two different"] = o =>
        {
            o.Ethnicity.LocalCodes.Add(EthnicCategory.Local("X1", "Local one", EthnicGroup.Bme));
            o.Ethnicity.LocalCodes.Add(EthnicCategory.Local("X2", "Local two", EthnicGroup.White));
        },
        ["ExtraLabels named"] = o => o.Ethnicity.ExtraLabels["Irish"] = EthnicCategory.WhiteIrish,
        ["Columns every file"] = o =>
        {
            foreach (var file in Core.Mapping.MappingFile.FileKeys)
            {
                o.Mapping.Columns[file.ToUpperInvariant()] = new Dictionary<string, string> { ["Their name"] = "Employee Number" };
            }
        },
        ["Values known grade"] = o => o.Mapping.Values.Grade["Band Z"] = "Band 5",
        ["StaffGroupSegments each segment"] = o =>
        {
            o.Workforce.StaffGroupSegments[StaffGroup.Students] = Segment.NonClinical;
            o.Workforce.StaffGroupSegments[StaffGroup.MedicalAndDental] = Segment.Clinical;
            o.Workforce.StaffGroupSegments[StaffGroup.NursingAndMidwiferyRegistered] = Segment.MedicalAndDental;
        },
        ["OccupationCodeSegments each segment"] = o =>
        {
            o.Workforce.OccupationCodeSegments["C01"] = Segment.NonClinical;
            o.Workforce.OccupationCodeSegments["C02"] = Segment.Clinical;
            o.Workforce.OccupationCodeSegments["C03"] = Segment.MedicalAndDental;
        },
        ["ExcludedCategories none"] = o => o.Workforce.ExcludedCategories.Clear(),
        ["ExcludedCategories every defined"] = o =>
        {
            foreach (var category in Enum.GetValues<AssignmentCategory>().Where(c => c != AssignmentCategory.Unknown))
            {
                o.Workforce.ExcludedCategories.Add(category);
            }
        },
        ["Interval score"] = o => o.Statistics.Interval = IntervalMethod.KoopmanScore,
        ["PValue mid-p"] = o => o.Statistics.PValue = PValueMethod.FisherMidP,
        ["LowerThreshold 1"] = o => o.Statistics.LowerThreshold = 1m,
        ["LowerThreshold just above 0"] = o => o.Statistics.LowerThreshold = 0.0001m,
        ["UpperThreshold 1"] = o => o.Statistics.UpperThreshold = 1m,
        ["Small thresholds 0"] = o =>
        {
            o.Statistics.SmallCellThreshold = 0;
            o.Statistics.SmallBaseThreshold = 0;
        },
        ["Rolling single year"] = o => o.Indicators.Indicator3Rolling = RollingMode.SingleYear,
        ["HeadcountBasis leavers"] = o => o.Indicators.HeadcountBasis = HeadcountBasis.SnapshotPlusLeaversWithEvents,
        ["TargetYear 2000"] = o => o.ModelEmployer.TargetYear = 2000,
        ["TargetYear 2100"] = o => o.ModelEmployer.TargetYear = 2100,
        ["ShareBasis known"] = o => o.ModelEmployer.ShareBasis = TargetShareBasis.KnownEthnicity,
        ["Bands one"] = o =>
        {
            o.ModelEmployer.Bands.Clear();
            o.ModelEmployer.Bands.Add(Grade.UnderBand1);
        },
        ["Bands every band row"] = o =>
        {
            o.ModelEmployer.Bands.Clear();
            foreach (var band in Grade.BandRows.Where(b => b != Grade.Other))
            {
                o.ModelEmployer.Bands.Add(band);
            }
        },
        ["Disclosure threshold policy"] = o => o.Disclosure.Policy = DisclosurePolicy.Threshold,
        ["Disclosure least values"] = o =>
        {
            o.Disclosure.SuppressUpTo = 0;
            o.Disclosure.RoundingBase = 1;
            o.Disclosure.Threshold = 1;
        },
    };

    public static TheoryData<string, string, string> Invalid() => new()
    {
        { "MaxIssuesPerSource -1", "MaxIssuesPerSource", "MaxIssuesPerSource must not be negative." },
        { "BmeLabel blank", "Ethnicity.BmeLabel", "The BME display label must not be blank." },
        { "LocalCodes national", "Ethnicity.LocalCodes", "Local codes must be created with EthnicCategory.Local." },
        { "LocalCodes null", "Ethnicity.LocalCodes", "Local codes must be created with EthnicCategory.Local." },
        { "LocalCodes twice", "Ethnicity.LocalCodes", "A local code is registered twice." },
        { "ExtraLabels blank key", "Ethnicity.ExtraLabels", "Extra labels must be non-blank and map to a category." },
        { "ExtraLabels null value", "Ethnicity.ExtraLabels", "Extra labels must be non-blank and map to a category." },
        { "Columns unknown file", "Mapping.Columns", "columns.payroll is not an input file; the files are " + string.Join(", ", Core.Mapping.MappingFile.FileKeys) + "." },
        { "Columns blank header", "Mapping.Columns", "columns.staff: every header must be non-blank and map to a column." },
        { "Columns blank column", "Mapping.Columns", "columns.staff: every header must be non-blank and map to a column." },
        { "StaffGroupSegments missing", "Workforce.StaffGroupSegments", "Every staff group 01-10 must be mapped to NonClinical, Clinical or MedicalAndDental." },
        { "StaffGroupSegments unknown", "Workforce.StaffGroupSegments", "Every staff group 01-10 must be mapped to NonClinical, Clinical or MedicalAndDental." },
        { "OccupationCodeSegments blank code", "Workforce.OccupationCodeSegments", "Occupation code overrides must name a non-blank code and a defined segment." },
        { "OccupationCodeSegments undefined", "Workforce.OccupationCodeSegments", "Occupation code overrides must name a non-blank code and a defined segment." },
        { "ExcludedCategories unknown", "Workforce.ExcludedCategories", "Excluded assignment categories must be defined categories." },
        { "ExcludedCategories undefined", "Workforce.ExcludedCategories", "Excluded assignment categories must be defined categories." },
        { "Interval unknown", "Statistics.Interval", "The interval method must be KatzLog or KoopmanScore." },
        { "PValue unknown", "Statistics.PValue", "The p-value method must be FisherExact or FisherMidP." },
        { "LowerThreshold 0", "Statistics.LowerThreshold", "The four-fifths thresholds must satisfy 0 < lower ≤ 1 ≤ upper." },
        { "LowerThreshold above 1", "Statistics.LowerThreshold", "The four-fifths thresholds must satisfy 0 < lower ≤ 1 ≤ upper." },
        { "UpperThreshold below 1", "Statistics.LowerThreshold", "The four-fifths thresholds must satisfy 0 < lower ≤ 1 ≤ upper." },
        { "SmallCellThreshold -1", "Statistics.SmallCellThreshold", "Small-number thresholds must not be negative." },
        { "SmallBaseThreshold -1", "Statistics.SmallCellThreshold", "Small-number thresholds must not be negative." },
        { "Rolling unknown", "Indicators.Indicator3Rolling", "Indicator 3 rolling must be WhenAvailable or SingleYear." },
        { "HeadcountBasis unknown", "Indicators.HeadcountBasis", "The headcount basis must be Snapshot or SnapshotPlusLeaversWithEvents." },
        { "TargetYear 1999", "ModelEmployer.TargetYear", "The Model Employer target year must be a year from 2000 to 2100." },
        { "TargetYear 2101", "ModelEmployer.TargetYear", "The Model Employer target year must be a year from 2000 to 2100." },
        { "ShareBasis unknown", "ModelEmployer.ShareBasis", "The Model Employer share basis must be AllStaff or KnownEthnicity." },
        { "Bands none", "ModelEmployer.Bands", "The Model Employer bands must be one or more distinct Agenda for Change bands (Under Band 1 to VSM)." },
        { "Bands Other", "ModelEmployer.Bands", "The Model Employer bands must be one or more distinct Agenda for Change bands (Under Band 1 to VSM)." },
        { "Bands medical", "ModelEmployer.Bands", "The Model Employer bands must be one or more distinct Agenda for Change bands (Under Band 1 to VSM)." },
        { "Bands null", "ModelEmployer.Bands", "The Model Employer bands must be one or more distinct Agenda for Change bands (Under Band 1 to VSM)." },
        { "Bands twice", "ModelEmployer.Bands", "The Model Employer bands must be one or more distinct Agenda for Change bands (Under Band 1 to VSM)." },
        { "Disclosure policy unknown", "Disclosure", "Disclosure control needs a defined policy, SuppressUpTo ≥ 0, RoundingBase ≥ 1 and Threshold ≥ 1." },
        { "Disclosure SuppressUpTo -1", "Disclosure", "Disclosure control needs a defined policy, SuppressUpTo ≥ 0, RoundingBase ≥ 1 and Threshold ≥ 1." },
        { "Disclosure RoundingBase 0", "Disclosure", "Disclosure control needs a defined policy, SuppressUpTo ≥ 0, RoundingBase ≥ 1 and Threshold ≥ 1." },
        { "Disclosure Threshold 0", "Disclosure", "Disclosure control needs a defined policy, SuppressUpTo ≥ 0, RoundingBase ≥ 1 and Threshold ≥ 1." },
    };

    public static TheoryData<string> Boundaries() => [.. BoundaryChanges.Keys];

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OneInvalidChange_IsOneFailureNamingTheOption(string change, string property, string message)
    {
        var options = new WresOptions();
        InvalidChanges[change](options);

        var failure = Assert.Single(Validator.Validate(options).Errors);

        Assert.Equal(property, failure.PropertyName);
        Assert.Equal(message, failure.ErrorMessage);
    }

    [Fact]
    public void Validate_UnknownMappedValue_NamesTheSectionAndTheValue()
    {
        var options = new WresOptions();
        InvalidChanges["Values unknown grade"](options);

        var failure = Assert.Single(Validator.Validate(options).Errors);

        Assert.Equal("Mapping.Values", failure.PropertyName);
        Assert.Contains("Band 99", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Validate_ChangeAtTheBoundaryOfARule_IsValid(string change)
    {
        var options = new WresOptions();
        BoundaryChanges[change](options);

        var result = Validator.Validate(options);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public void Validate_EveryInvalidChangeAtOnce_ReportsEachRule()
    {
        var options = new WresOptions();
        foreach (var change in new[] { "MaxIssuesPerSource -1", "BmeLabel blank", "Interval unknown", "TargetYear 2101", "Disclosure Threshold 0" })
        {
            InvalidChanges[change](options);
        }

        var properties = Validator.Validate(options).Errors.Select(e => e.PropertyName).ToList();

        Assert.Equal(["MaxIssuesPerSource", "Ethnicity.BmeLabel", "Statistics.Interval", "ModelEmployer.TargetYear", "Disclosure"], properties);
    }

    [Fact]
    public void Tables_EveryInvalidChangeHasItsExpectation() =>
        Assert.Equal(InvalidChanges.Keys.Order(StringComparer.Ordinal), Invalid().Select(row => (string)row[0]).Append("Values unknown grade").Order(StringComparer.Ordinal));
}
