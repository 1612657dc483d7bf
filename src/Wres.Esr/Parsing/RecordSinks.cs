using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

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

    public SourceTally TallyFor(ReadOnlySpan<char> organisation) => Tally;

    public void Add(in StaffRow row, SourceTally tally)
    {
        Staff.Add(new StaffAssignment
        {
            EmployeeNumber = row.Employee.ToString(),
            AssignmentNumber = row.Assignment.ToString(),
            EthnicOrigin = row.Ethnicity.Category,
            StaffGroup = row.StaffGroup,
            Grade = row.Grade,
            IsPrimary = row.Primary,
            Category = row.Category,
            Fte = row.Fte,
            OccupationCode = row.Occupation.IsEmpty ? null : row.Occupation.ToString(),
            Disability = row.Disability,
            Organisation = row.Organisation.IsEmpty ? null : row.Organisation.ToString(),
        });
        tally.Counted();
    }

    public void Add(in ApplicationRow row, SourceTally tally)
    {
        Applications.Add(new JobApplication
        {
            ApplicationId = row.Id.ToString(),
            EthnicOrigin = row.Ethnicity.Category,
            Shortlisted = row.Shortlisted,
            Appointed = row.Appointed,
            Date = row.Date,
            VacancyReference = row.Vacancy.IsEmpty ? null : row.Vacancy.ToString(),
            StaffGroup = row.StaffGroup,
            Grade = row.Grade,
            Disability = row.Disability,
            Organisation = row.Organisation.IsEmpty ? null : row.Organisation.ToString(),
        });
        tally.Counted();
    }

    public void Add(in CaseRow row)
    {
        Cases.Add(new EmployeeRelationsCase
        {
            CaseReference = row.Reference.ToString(),
            EmployeeNumber = row.Employee.ToString(),
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
            EmployeeNumber = row.Employee.ToString(),
            Course = row.Course.ToString(),
            Mandatory = row.Mandatory,
            Date = row.Date,
        });
        Tally.Counted();
    }

    public void Add(in BoardRow row)
    {
        Board.Add(new BoardMember
        {
            Member = row.Member.ToString(),
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
            Indicator = row.Indicator.ToString(),
            Group = row.Group,
            Percent = row.Percent,
            Respondents = row.Respondents,
            Positive = row.Positive,
        });
        Tally.Counted();
    }
}
