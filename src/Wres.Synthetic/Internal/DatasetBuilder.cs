using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Workforce;

namespace Wres.Synthetic.Internal;

/// <summary>
/// Turns the good CSV rows into Wres.Core records with Wres.Core's own classifiers, so the records hold
/// exactly what a CSV reader would make of the same cells.
/// </summary>
internal static class DatasetBuilder
{
    public static WresDataset Build(TrustPlan plan) => new()
    {
        Staff = Staff(StaffFile.Rows(plan, previous: false, reuse: true)),
        Applications = Applications(RecruitmentFile.Rows(plan, reuse: true)),
        Cases = Cases(CaseFile.Rows(plan, previous: false, reuse: true)),
        Training = Training(TrainingFile.Rows(plan, reuse: true)),
        Board = Board(BoardFile.Rows(plan)),
        Survey = Survey(SurveyFile.Rows(plan)),
        PreviousStaff = plan.IncludePreviousYear ? Staff(StaffFile.Rows(plan, previous: true, reuse: true)) : null,
        PreviousCases = plan.IncludePreviousYear ? Cases(CaseFile.Rows(plan, previous: true, reuse: true)) : null,
    };

    /// <summary>The pay rows as records, each value read as a pay file reader would.</summary>
    public static List<PayRecord> Pay(IEnumerable<string[]> rows)
    {
        var list = new List<PayRecord>();
        foreach (var row in rows)
        {
            list.Add(new PayRecord
            {
                EmployeeNumber = row[0],
                Sex = Sexes.Parse(row[1]),
                Grade = Grade.Classify(row[2]).Grade,
                Category = AssignmentCategories.Parse(row[3], out _),
                FullPay = Cells.YesNo(row[4]),
                HourlyRate = Cells.Decimal(row[5]),
                OrdinaryPay = Cells.Decimal(row[6]),
                WeeklyHours = Cells.Decimal(row[7]),
                PayPeriodDays = Cells.Integer(row[8]),
                BonusInPeriod = Cells.Decimal(row[9]),
                Bonus12Months = Cells.Decimal(row[10]),
                Organisation = Cells.Optional(row[11]),
            });
        }

        return list;
    }

    private static List<StaffAssignment> Staff(IEnumerable<string[]> rows)
    {
        var list = new List<StaffAssignment>();
        foreach (var row in rows)
        {
            list.Add(new StaffAssignment
            {
                EmployeeNumber = row[0],
                AssignmentNumber = Cells.Optional(row[1]),
                EthnicOrigin = Ethnicity(row[2]),
                StaffGroup = StaffGroup.TryParse(row[3], out var group) ? group : throw Cells.Defect(row[3], "a staff group"),
                Grade = Grade.Classify(row[4]).Grade,
                IsPrimary = Cells.YesNo(row[5], blank: true),
                Category = AssignmentCategories.Parse(row[6], out _),
                Fte = Cells.Decimal(row[7]),
                OccupationCode = Cells.Optional(row[8]),
                Disability = DisabilityClassifier.Classify(row[9]).Group,
                Organisation = Cells.Optional(row[10]),
            });
        }

        return list;
    }

    private static List<JobApplication> Applications(IEnumerable<string[]> rows)
    {
        var list = new List<JobApplication>();
        foreach (var row in rows)
        {
            list.Add(new JobApplication
            {
                ApplicationId = row[0],
                EthnicOrigin = Ethnicity(row[1]),
                Shortlisted = Cells.YesNo(row[2]),
                Appointed = Cells.YesNo(row[3]),
                Date = Cells.Date(row[4]),
                VacancyReference = Cells.Optional(row[5]),
                StaffGroup = StaffGroup.TryParse(row[6], out var group) ? group : null,
                Grade = Grade.Classify(row[7]) is { Match: GradeMatch.Recognised } band ? band.Grade : null,
                Disability = DisabilityClassifier.Classify(row[8]).Group,
                Organisation = Cells.Optional(row[9]),
            });
        }

        return list;
    }

    private static List<EmployeeRelationsCase> Cases(IEnumerable<string[]> rows)
    {
        var list = new List<EmployeeRelationsCase>();
        foreach (var row in rows)
        {
            list.Add(new EmployeeRelationsCase
            {
                CaseReference = row[0],
                EmployeeNumber = row[1],
                StartDate = Cells.Date(row[2]) ?? throw Cells.Defect(row[2], "a start date"),
                EthnicOrigin = Ethnicity(row[3]),
                Type = CaseTypes.TryParse(row[4], out var type) ? type : throw Cells.Defect(row[4], "a case type"),
            });
        }

        return list;
    }

    private static List<TrainingRecord> Training(IEnumerable<string[]> rows)
    {
        var list = new List<TrainingRecord>();
        foreach (var row in rows)
        {
            list.Add(new TrainingRecord
            {
                EmployeeNumber = row[0],
                Course = row[1],
                Mandatory = Cells.YesNo(row[2]),
                Date = Cells.Date(row[3]),
            });
        }

        return list;
    }

    private static List<BoardMember> Board(IEnumerable<string[]> rows)
    {
        var list = new List<BoardMember>();
        foreach (var row in rows)
        {
            list.Add(new BoardMember
            {
                Member = row[0],
                EthnicOrigin = Ethnicity(row[1]),
                Voting = Cells.YesNo(row[2]),
                Executive = Cells.YesNo(row[3]),
                Disability = DisabilityClassifier.Classify(row[4]).Group,
            });
        }

        return list;
    }

    private static List<SurveyResult> Survey(IEnumerable<string[]> rows)
    {
        var list = new List<SurveyResult>();
        foreach (var row in rows)
        {
            list.Add(new SurveyResult
            {
                Indicator = row[0],
                Group = row[1] switch
                {
                    EsrText.White => ComparisonGroup.Reference,
                    EsrText.Bme => ComparisonGroup.Focus,
                    _ => throw Cells.Defect(row[1], "a survey group"),
                },
                Percent = Cells.Decimal(row[2]) ?? throw Cells.Defect(row[2], "a percentage"),
                Respondents = Cells.Integer(row[3]),
                Positive = Cells.Integer(row[4]),
            });
        }

        return list;
    }

    /// <summary>The category a reader records: <see langword="null"/> for a blank cell, Not known for an unrecognised one.</summary>
    private static EthnicCategory? Ethnicity(string cell) => EthnicityClassifier.Default.Classify(cell).Category;
}
