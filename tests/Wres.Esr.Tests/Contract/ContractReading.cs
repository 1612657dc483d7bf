using NodaTime;
using Wres.Core;
using Wres.Core.Validation;

namespace Wres.Esr.Tests.Contract;

/// <summary>Reads one input file of a kind (<c>staff</c>, <c>recruitment</c>, …, <c>pay</c>) as the tool does, alone.</summary>
internal static class ContractReading
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    public static void Read(string kind, InputFile file)
    {
        if (kind == "pay")
        {
            using var pay = new WresFileReader().ReadPay(new WresInputs { Pay = file }, new LocalDate(2026, 3, 31));
            return;
        }

        new WresFileReader().Read(Inputs(kind, file), Year).ToReport();
    }

    public static SourceQuality Quality(string kind, InputFile file)
    {
        var quality = kind == "pay"
            ? ReadPayQuality(file)
            : new WresFileReader().Read(Inputs(kind, file), Year).ToReport().DataQuality;
        return quality.Sources.Single(s => s.Source == $"{kind}.csv");
    }

    private static DataQualityReport ReadPayQuality(InputFile file)
    {
        using var pay = new WresFileReader().ReadPay(new WresInputs { Pay = file }, new LocalDate(2026, 3, 31));
        return pay.ToReport().DataQuality;
    }

    private static WresInputs Inputs(string kind, InputFile file) => kind switch
    {
        "staff" => new WresInputs { Staff = file },
        "recruitment" => new WresInputs { Recruitment = file },
        "disciplinary" => new WresInputs { Disciplinary = file },
        "training" => new WresInputs { Training = file },
        "board" => new WresInputs { Board = file },
        "survey" => new WresInputs { Survey = file },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an input kind."),
    };
}
