using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>Turns valid rows into typed records, for integrations that want the records themselves.</summary>
internal sealed class RecordSink(SourceTally tally) :
    IStaffSink, IApplicationSink, ICaseSink, ITrainingSink, IBoardSink, ISurveySink
{
    public SourceTally Tally { get; } = tally;

    public List<StaffAssignment> Staff { get; } = [];

    public List<JobApplication> Applications { get; } = [];

    public List<EmployeeRelationsCase> Cases { get; } = [];

    public List<TrainingRecord> Training { get; } = [];

    public List<BoardMember> Board { get; } = [];

    public List<SurveyResult> Survey { get; } = [];

    public bool Full => true;

    public bool Routes => false;

    public SourceTally TallyFor(ReadOnlySpan<byte> organisation) => Tally;

    public void Add(in StaffRow row, SourceTally tally)
    {
        Staff.Add(new StaffAssignment
        {
            EmployeeNumber = Fields.Text(row.Employee),
            AssignmentNumber = Fields.Text(row.Assignment),
            EthnicOrigin = row.Ethnicity.Category,
            StaffGroup = row.StaffGroup,
            Grade = row.Grade,
            IsPrimary = row.Primary,
            Category = row.Category,
            Fte = row.Fte,
            OccupationCode = row.Occupation.IsEmpty ? null : Fields.Text(row.Occupation),
            Disability = row.Disability,
            Organisation = row.Organisation.IsEmpty ? null : Fields.Text(row.Organisation),
        });
        tally.Counted();
    }

    public void Add(in ApplicationRow row, SourceTally tally)
    {
        Applications.Add(new JobApplication
        {
            ApplicationId = Fields.Text(row.Id),
            EthnicOrigin = row.Ethnicity.Category,
            Shortlisted = row.Shortlisted,
            Appointed = row.Appointed,
            Date = DateKeys.ToDate(row.DateKey),
            VacancyReference = row.Vacancy.IsEmpty ? null : Fields.Text(row.Vacancy),
            StaffGroup = row.StaffGroup,
            Grade = row.Grade,
            Disability = row.Disability,
            Organisation = row.Organisation.IsEmpty ? null : Fields.Text(row.Organisation),
        });
        tally.Counted();
    }

    public void Add(in CaseRow row)
    {
        Cases.Add(new EmployeeRelationsCase
        {
            CaseReference = Fields.Text(row.Reference),
            EmployeeNumber = Fields.Text(row.Employee),
            StartDate = row.StartDate,
            EthnicOrigin = row.Ethnicity.Category,
            Type = row.Type,
        });
        Tally.Counted();
    }

    public void Add(in TrainingRow row)
    {
        Training.Add(new TrainingRecord
        {
            EmployeeNumber = Fields.Text(row.Employee),
            Course = Fields.Text(row.Course),
            Mandatory = row.Mandatory,
            Date = DateKeys.ToDate(row.DateKey),
        });
        Tally.Counted();
    }

    public void Add(in BoardRow row)
    {
        Board.Add(new BoardMember
        {
            Member = Fields.Text(row.Member),
            EthnicOrigin = row.Ethnicity.Category,
            Voting = row.Voting,
            Executive = row.Executive,
            Disability = row.Disability,
        });
        Tally.Counted();
    }

    public void Add(in SurveyRow row)
    {
        Survey.Add(new SurveyResult
        {
            Indicator = Fields.Text(row.Indicator),
            Group = row.Group,
            Percent = row.Percent,
            Respondents = row.Respondents,
            Positive = row.Positive,
        });
        Tally.Counted();
    }
}
