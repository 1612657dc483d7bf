using NodaTime;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Core.Recruitment;
using Wres.Core.Workforce;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>One valid application row.</summary>
internal ref struct ApplicationRow
{
    public ReadOnlySpan<byte> Id;
    public ReadOnlySpan<byte> Vacancy;      // read only when making records
    public ReadOnlySpan<byte> Organisation; // read only when routing or making records
    public EthnicityClassification Ethnicity;
    public bool Shortlisted;
    public bool Appointed;
    public LocalDate? Date;
    public StaffGroup? StaffGroup;
    public Grade? Grade;
    public ApplicationColumns Columns;
    public DisabilityGroup Disability;
    public int Line;

    public readonly bool AddTo(InputWriter writer) => writer.AddApplication(
        new ApplicationFacts
        {
            EthnicOrigin = Ethnicity.Category,
            Disability = Disability,
            Shortlisted = Shortlisted,
            Appointed = Appointed,
            Date = Date,
            PayBand = Grade,
            StaffGroup = StaffGroup,
            Columns = Columns,
        },
        Line);

    public readonly JobApplication ToRecord() => new()
    {
        ApplicationId = Fields.Text(Id),
        EthnicOrigin = Ethnicity.Category,
        Shortlisted = Shortlisted,
        Appointed = Appointed,
        Date = Date,
        VacancyReference = Vacancy.IsEmpty ? null : Fields.Text(Vacancy),
        StaffGroup = StaffGroup,
        Grade = Grade,
        Disability = Disability,
        Organisation = Organisation.IsEmpty ? null : Fields.Text(Organisation),
    };
}
