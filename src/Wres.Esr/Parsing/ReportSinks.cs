using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>Feeds staff rows straight into the workforce accumulator: no record objects, no allocation per row.</summary>
internal readonly struct StaffReportSink(WorkforceAccumulator part, Classifiers classifiers) : IStaffSink
{
    public bool Full => false;

    public bool Routes => false;

    public SourceTally TallyFor(ReadOnlySpan<byte> organisation) => part.Tally;

    public void Add(in StaffRow row, SourceTally tally)
    {
        var segment = classifiers.OccupationSegment(row.Occupation) ?? part.Settings.SegmentOf(row.StaffGroup);
        var facts = new StaffFacts
        {
            Ethnicity = (byte)row.Ethnicity.Group,
            Disability = (byte)row.Disability,
            Segment = (byte)segment,
            Row = (byte)row.Grade.RowIn(segment).Index,
            Rank = (byte)row.Grade.Rank,
            Primary = row.Primary,
            Category = row.Category,
            Fte = row.FteUnits,
        };
        part.AddRow(row.Employee, row.Assignment, facts, row.Line);
    }
}

/// <summary>Counts application rows into the recruitment accumulator; out-of-year rows are excluded.</summary>
internal readonly struct ApplicationReportSink(RecruitmentAccumulator part, ReportingYear year) : IApplicationSink
{
    private readonly int _start = Fields.KeyOf(year.Start);
    private readonly int _end = Fields.KeyOf(year.End);

    public bool Full => false;

    public bool Routes => false;

    public SourceTally TallyFor(ReadOnlySpan<byte> organisation) => part.Tally;

    public void Add(in ApplicationRow row, SourceTally tally)
    {
        if (row.DateKey != 0 && (row.DateKey < _start || row.DateKey > _end))
        {
            tally.Excluded(ExclusionRule.OutsideReportingYear);
            return;
        }

        part.AddRow((int)row.Ethnicity.Group, (int)row.Disability, row.Shortlisted, row.Appointed);
    }
}

/// <summary>Adds case rows to the case accumulator after its scope rules.</summary>
internal readonly struct CaseReportSink(CaseAccumulator part) : ICaseSink
{
    public bool Routes => false;

    public SourceTally TallyFor(ReadOnlySpan<byte> employee) => part.Tally;

    public void Add(in CaseRow row)
    {
        if (part.Admit(row.StartDate, row.Type))
        {
            part.AddRow(row.Employee, row.Ethnicity.IsBlank ? -1 : (int)row.Ethnicity.Group, row.Line);
        }
    }
}

/// <summary>Adds training rows to the training accumulator; out-of-year rows are excluded.</summary>
internal readonly struct TrainingReportSink(TrainingAccumulator part) : ITrainingSink
{
    private readonly int _start = Fields.KeyOf(part.Year.Start);
    private readonly int _end = Fields.KeyOf(part.Year.End);

    public bool Routes => false;

    public SourceTally TallyFor(ReadOnlySpan<byte> employee) => part.Tally;

    public void Add(in TrainingRow row)
    {
        if (row.DateKey != 0 && (row.DateKey < _start || row.DateKey > _end))
        {
            part.Tally.Excluded(ExclusionRule.OutsideReportingYear);
            return;
        }

        part.AddRow(row.Employee, row.Mandatory, row.Line);
    }
}

/// <summary>Counts board rows.</summary>
internal readonly struct BoardReportSink(BoardAccumulator part) : IBoardSink
{
    public SourceTally Tally => part.Tally;

    public void Add(in BoardRow row) => part.AddRow((int)row.Ethnicity.Group, (int)row.Disability, row.Voting, row.Executive);
}

/// <summary>Adds survey rows to the survey accumulator.</summary>
internal readonly struct SurveyReportSink(SurveyAccumulator part) : ISurveySink
{
    public SourceTally Tally => part.Tally;

    public void Add(in SurveyRow row) => part.Add(
        new SurveyResult
        {
            Indicator = Fields.Text(row.Indicator),
            Group = row.Group,
            Percent = row.Percent,
            Respondents = row.Respondents,
            Positive = row.Positive,
        },
        row.Line);
}
