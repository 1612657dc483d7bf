using System.Text;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.DependencyInjection;

public class WresServiceCollectionExtensionsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void AddWres_RegistersSingletonsOverTheOptionsInstance()
    {
        using var provider = new ServiceCollection().AddWres(o => o.Ethnicity.BmeLabel = "Global majority").BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WresOptions>>().Value;
        Assert.Same(options, provider.GetRequiredService<WresOptions>());
        Assert.Equal("Global majority", options.Ethnicity.BmeLabel);
        Assert.Same(provider.GetRequiredService<WresCalculator>(), provider.GetRequiredService<WresCalculator>());
        Assert.Same(provider.GetRequiredService<EthnicityClassifier>(), provider.GetRequiredService<EthnicityClassifier>());
        Assert.NotNull(provider.GetRequiredService<IValidator<StaffAssignment>>());
    }

    [Fact]
    public void AddWres_CalculatorUsesTheConfiguredOptions()
    {
        using var provider = new ServiceCollection().AddWres(o => o.Statistics.UpperThreshold = 2m).BuildServiceProvider();
        var calculator = provider.GetRequiredService<WresCalculator>();
        var staff = Enumerable.Range(1, 20).Select(i => new StaffAssignment
        {
            EmployeeNumber = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EthnicOrigin = i <= 10 ? EthnicCategory.WhiteBritish : EthnicCategory.BlackAfrican,
            StaffGroup = StaffGroup.AdministrativeAndClerical,
            Grade = Grade.Band5,
        }).ToList();
        var applications = new List<Recruitment.JobApplication>();
        for (var i = 0; i < 10; i++)
        {
            applications.Add(new() { ApplicationId = "W" + i, EthnicOrigin = EthnicCategory.WhiteBritish, Shortlisted = true, Appointed = i < 6 });
            applications.Add(new() { ApplicationId = "B" + i, EthnicOrigin = EthnicCategory.BlackAfrican, Shortlisted = true, Appointed = i < 4 });
        }

        var report = calculator.Calculate(new WresDataset { Staff = staff, Applications = applications }, ReportingYear.EndingIn(2026));

        // 0.6 / 0.4 = 1.5: adverse under the default 1.25, not adverse under the configured 2.
        Assert.Equal(1.5, report.Appointment.RelativeLikelihood!.Ratio!.Value, 12);
        Assert.Equal(LikelihoodBand.NonAdverse, report.Appointment.RelativeLikelihood.Band);
    }

    [Fact]
    public void AddWres_CalledTwice_AddsNothingTwiceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddWres(o => o.Ethnicity.BmeLabel = "Global majority");
        var count = services.Count;

        services.AddWres(o => o.MaxIssuesPerSource = 10);

        Assert.Equal(count + 1, services.Count); // the second configure action, nothing else
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<WresOptions>();
        Assert.Equal("Global majority", options.Ethnicity.BmeLabel);
        Assert.Equal(10, options.MaxIssuesPerSource);
        Assert.Single(provider.GetServices<IValidateOptions<WresOptions>>(), v => v.GetType().Name == "WresOptionsValidation");
    }

    [Fact]
    public void AddWres_ClassifierUsesConfiguredLocalCodes()
    {
        var services = new ServiceCollection().AddWres(o =>
            o.Ethnicity.LocalCodes.Add(EthnicCategory.Local("CZ", "White - Manx", EthnicGroup.White)));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(EthnicGroup.White, provider.GetRequiredService<EthnicityClassifier>().Classify("CZ Manx").Group);
    }

    [Fact]
    public void AddWres_InvalidOptions_OptionsValidationExceptionOnUse()
    {
        using var provider = new ServiceCollection().AddWres(o => o.Ethnicity.BmeLabel = " ").BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WresOptions>>().Value);
        Assert.Contains("Ethnicity.BmeLabel: The BME display label must not be blank.", error.Failures);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WresCalculator>());
    }

    [Fact]
    public async Task AddWres_InvalidOptions_HostFailsToStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddWres(o => o.Workforce.StaffGroupSegments.Remove(StaffGroup.Students));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(error.Failures, f => f.StartsWith("Workforce.StaffGroupSegments:", StringComparison.Ordinal));
    }

    [Fact]
    public void AddWres_Configuration_BindsEveryOption()
    {
        var configuration = Configuration(
            ("Ethnicity:BmeLabel", "Ethnic minority"),
            ("Ethnicity:LocalCodes:0:Code", "CZ"),
            ("Ethnicity:LocalCodes:0:Label", "White - Manx"),
            ("Ethnicity:LocalCodes:0:Group", "White"),
            ("Ethnicity:ExtraLabels:White Welsh", "CC"),
            ("Ethnicity:ExtraLabels:Manx", "cz"),
            ("Workforce:ExcludedCategories:0", "Bank"),
            ("Workforce:StaffGroupSegments:10", "Clinical"),
            ("Workforce:StaffGroupSegments:Students", "NonClinical"),
            ("Workforce:OccupationCodeSegments:N0A", "Clinical"),
            ("Statistics:Interval", "KoopmanScore"),
            ("Statistics:PValue", "FisherMidP"),
            ("Statistics:LowerThreshold", "0.75"),
            ("Statistics:UpperThreshold", "1.3"),
            ("Statistics:SmallCellThreshold", "3"),
            ("Statistics:SmallBaseThreshold", "20"),
            ("Indicators:Indicator3Rolling", "SingleYear"),
            ("Indicators:HeadcountBasis", "SnapshotPlusLeaversWithEvents"),
            ("Disclosure:Policy", "Threshold"),
            ("Disclosure:SuppressUpTo", "9"),
            ("Disclosure:RoundingBase", "10"),
            ("Disclosure:Threshold", "10"),
            ("MaxIssuesPerSource", "250"),
            ("ModelEmployer:TargetYear", "2030"),
            ("ModelEmployer:ShareBasis", "KnownEthnicity"),
            ("ModelEmployer:Bands:0", "Band 8c"),
            ("ModelEmployer:Bands:1", "VSM"),
            ("Mapping:columns:staff:Pers No", "Employee Number"),
            ("Mapping:values:grade:AfC 5", "Band 5"),
            ("Mapping:values:caseType:Attendance", "Excluded"),
            ("Mapping:values:sex:Woman", "Female"));
        using var provider = new ServiceCollection().AddWres(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WresOptions>>().Value;

        Assert.Equal("Ethnic minority", options.Ethnicity.BmeLabel);
        var manx = Assert.Single(options.Ethnicity.LocalCodes);
        Assert.Equal(("CZ", "White - Manx", EthnicGroup.White), (manx.Code, manx.Label, manx.Group));
        Assert.Equal(EthnicCategory.Parse("CC"), options.Ethnicity.ExtraLabels["White Welsh"]);
        Assert.Same(manx, options.Ethnicity.ExtraLabels["Manx"]);
        Assert.Equal([AssignmentCategory.Bank], options.Workforce.ExcludedCategories);
        Assert.Equal(Segment.Clinical, options.Workforce.StaffGroupSegments[StaffGroup.SupplementaryRoles]);
        Assert.Equal(Segment.NonClinical, options.Workforce.StaffGroupSegments[StaffGroup.Students]);
        Assert.Equal(Segment.MedicalAndDental, options.Workforce.StaffGroupSegments[StaffGroup.MedicalAndDental]);
        Assert.Equal(Segment.Clinical, options.Workforce.OccupationCodeSegments["n0a"]);
        Assert.Equal(IntervalMethod.KoopmanScore, options.Statistics.Interval);
        Assert.Equal(PValueMethod.FisherMidP, options.Statistics.PValue);
        Assert.Equal((0.75m, 1.3m, 3, 20), (options.Statistics.LowerThreshold, options.Statistics.UpperThreshold, options.Statistics.SmallCellThreshold, options.Statistics.SmallBaseThreshold));
        Assert.Equal(RollingMode.SingleYear, options.Indicators.Indicator3Rolling);
        Assert.Equal(HeadcountBasis.SnapshotPlusLeaversWithEvents, options.Indicators.HeadcountBasis);
        Assert.Equal((DisclosurePolicy.Threshold, 9, 10, 10), (options.Disclosure.Policy, options.Disclosure.SuppressUpTo, options.Disclosure.RoundingBase, options.Disclosure.Threshold));
        Assert.Equal(250, options.MaxIssuesPerSource);
        Assert.Equal((2030, Core.Trajectory.TargetShareBasis.KnownEthnicity), (options.ModelEmployer.TargetYear, options.ModelEmployer.ShareBasis));
        Assert.Equal([Grade.Band8C, Grade.Vsm], options.ModelEmployer.Bands);
        Assert.Equal("Employee Number", options.Mapping.Columns["staff"]["Pers No"]);
        Assert.Equal("Band 5", options.Mapping.Values.Grade["AfC 5"]);
        Assert.Equal("Excluded", options.Mapping.Values.CaseType["Attendance"]);
        Assert.Equal("Female", options.Mapping.Values.Sex["Woman"]);
        Assert.Equal(EthnicGroup.White, provider.GetRequiredService<EthnicityClassifier>().Classify("White Welsh").Group);
    }

    [Fact]
    public void AddWres_AppSettingsJson_BindsTheMappingFileShape()
    {
        const string json = """
            { "Wres": { "Ethnicity": { "ExtraLabels": { "Kashmiri": "L" } },
                        "Mapping": { "columns": { "recruitment": { "Candidate Ethnicity": "Ethnic Origin" } },
                                     "values": { "assignmentCategory": { "Zero Hours": "Bank" } } } } }
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        using var provider = new ServiceCollection().AddWres(configuration.GetSection("Wres")).BuildServiceProvider();

        var options = provider.GetRequiredService<WresOptions>();

        Assert.Equal(EthnicCategory.AsianOther, options.Ethnicity.ExtraLabels["Kashmiri"]);
        Assert.Equal("Ethnic Origin", options.Mapping.Columns["recruitment"]["Candidate Ethnicity"]);
        Assert.Equal("Bank", options.Mapping.Values.AssignmentCategory["Zero Hours"]);
    }

    [Theory]
    [InlineData("Ethnicity:BmeLable", "Ethnicity:BmeLable is not a Wres option.")]
    [InlineData("Statistic:Interval", "Statistic is not a Wres option.")]
    [InlineData("Statistics:Interval", "Statistics:Interval: 'Katz' is not one of KatzLog, KoopmanScore.")]
    [InlineData("Ethnicity:ExtraLabels:Welsh", "Ethnicity:ExtraLabels:Welsh: 'Katz' is not an NHS ethnic category code or a registered local code.")]
    [InlineData("Workforce:StaffGroupSegments:11", "Workforce:StaffGroupSegments:11: '11' is not an ESR staff group code (01-10) or name.")]
    [InlineData("MaxIssuesPerSource", "MaxIssuesPerSource: 'Katz' is not a whole number.")]
    [InlineData("Mapping:columns:staf:Pers No", "Mapping:columns:staf is not an input file")]
    [InlineData("Mapping:values:ethnic:Kashmiri", "Mapping:values:ethnic is not a Wres option.")]
    public void AddWres_ConfigurationKeyOrValueNotUnderstood_FailsNamingItsPath(string key, string expected)
    {
        using var provider = new ServiceCollection().AddWres(Configuration((key, "Katz"))).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<WresOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWres_ConfigurationWithAnUnknownMappedValue_FailsValidation()
    {
        using var provider = new ServiceCollection().AddWres(Configuration(("Mapping:values:grade:AfC 5", "Band 55"))).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WresOptions>());

        Assert.Contains(error.Failures, f => f.StartsWith("Mapping.Values: values.grade: 'AfC 5' is mapped to 'Band 55'", StringComparison.Ordinal));
    }

    [Fact]
    public void AddWres_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => WresServiceCollectionExtensions.AddWres(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddWres((Action<WresOptions>)null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddWres((IConfiguration)null!));
    }

    [Fact]
    public void AddWres_ReturnsSameCollection()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddWres());
    }
}
