using NodaTime;
using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Ethnicity;
using Wres.Core.Training;
using Wres.Core.Workforce;

namespace Wres.Reporting.Tests.Builders;

/// <summary>Small hand-built WRES datasets for worked examples: people by group in one post, their cases and courses, and a board.</summary>
internal static class Datasets
{
    private static readonly LocalDate InYear = new(2025, 10, 1);

    /// <summary><paramref name="count"/> people of a group (<c>W</c>, <c>B</c> or <c>U</c>) in one post, numbered from <paramref name="first"/>.</summary>
    public static IEnumerable<StaffAssignment> People(string group, int count, StaffGroup staffGroup, Grade grade, int first = 0)
    {
        for (var i = first; i < first + count; i++)
        {
            yield return new StaffAssignment
            {
                EmployeeNumber = $"{group}{i}",
                EthnicOrigin = Ethnicity(group),
                StaffGroup = staffGroup,
                Grade = grade,
                Fte = 1.0m,
            };
        }
    }

    /// <summary>One case each for people <c>{group}0</c> to <c>{group}{count − 1}</c>.</summary>
    public static IEnumerable<EmployeeRelationsCase> Cases(string group, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new EmployeeRelationsCase { CaseReference = $"C{group}{i}", EmployeeNumber = $"{group}{i}", StartDate = InYear };
        }
    }

    /// <summary>One non-mandatory course each for people <c>{group}0</c> to <c>{group}{count − 1}</c>.</summary>
    public static IEnumerable<TrainingRecord> Courses(string group, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new TrainingRecord { EmployeeNumber = $"{group}{i}", Course = "Leadership", Mandatory = false, Date = InYear };
        }
    }

    /// <summary>Board members of a group with the given roles.</summary>
    public static IEnumerable<BoardMember> Members(string group, int count, bool voting, bool executive)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new BoardMember { Member = $"{group}{(voting ? "V" : "N")}{(executive ? "E" : "N")}{i}", EthnicOrigin = Ethnicity(group), Voting = voting, Executive = executive };
        }
    }

    public static WresReport Report(WresDataset dataset) =>
        new WresCalculator().Calculate(dataset, Reports.Year, EqualityStandard.Wres, Reports.Organisation);

    private static EthnicCategory? Ethnicity(string group) => group switch
    {
        "W" => EthnicCategory.WhiteBritish,
        "B" => EthnicCategory.BlackAfrican,
        _ => null,
    };
}
