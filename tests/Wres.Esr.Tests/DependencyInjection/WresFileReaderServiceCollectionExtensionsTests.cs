using Microsoft.Extensions.DependencyInjection;
using Wres.Core;
using Wres.Core.Ethnicity;

namespace Wres.Esr.Tests.DependencyInjection;

public class WresFileReaderServiceCollectionExtensionsTests
{
    private static WresReport Read(WresFileReader reader) =>
        reader.Read(new WresInputs { Staff = Csv.Staff(Csv.StaffRow("1", ethnicity: "Kernewek"), Csv.StaffRow("2")) }, ReportingYear.EndingIn(2026)).ToReport();

    [Fact]
    public void AddWresFileReader_ReaderClassifiesWithTheContainersOptions()
    {
        using var provider = new ServiceCollection()
            .AddWres(o => o.Ethnicity.ExtraLabels["Kernewek"] = EthnicCategory.WhiteOther)
            .AddWresFileReader()
            .BuildServiceProvider();

        var report = Read(provider.GetRequiredService<WresFileReader>());

        // Kernewek is White only through the option set in the container; a default reader leaves it Unknown.
        Assert.Equal(new GroupTally(2, 0, 0), report.Workforce);
        var byDefault = Read(new WresFileReader());
        Assert.Equal(new GroupTally(1, 0, 1), byDefault.Workforce);
    }

    [Fact]
    public void AddWresFileReader_Singleton_AndWithoutAddWresAddsTheDefaults()
    {
        using var provider = new ServiceCollection().AddWresFileReader().AddWresFileReader().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<WresFileReader>(), provider.GetRequiredService<WresFileReader>());
        Assert.NotNull(provider.GetRequiredService<WresCalculator>());
    }

    [Fact]
    public void AddWresFileReader_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => WresFileReaderServiceCollectionExtensions.AddWresFileReader(null!));
}
