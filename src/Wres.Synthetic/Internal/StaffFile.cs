namespace Wres.Synthetic.Internal;

/// <summary>The staff-in-post extract: one row per assignment, this year's or last year's.</summary>
internal static class StaffFile
{
    public static readonly string[] Header =
    [
        "Employee Number", "Assignment Number", "Ethnic Origin", "Staff Group", "Pay Band", "Primary Assignment",
        "Assignment Category", "FTE", "Occupation Code", "Disability", "Organisation",
    ];

    /// <summary>People with exactly two assignments.</summary>
    private const double TwoAssignments = 0.074;

    /// <summary>People with three assignments.</summary>
    private const double ThreeAssignments = 0.006;

    /// <summary>A second assignment that is bank work (the rest are a second substantive post).</summary>
    private const double BankSecond = 0.65;

    /// <summary>A second substantive post in the same staff group (the rest are administrative).</summary>
    private const double SameGroupSecond = 0.7;

    /// <summary>Single-assignment rows with the assignment number left blank (it defaults to the employee number).</summary>
    private const double BlankAssignmentNumber = 0.054;

    /// <summary>Rows with the staff group written as its code, <c>03</c>, instead of its name.</summary>
    private const double StaffGroupAsCode = 0.04;

    /// <summary>People on an Agenda for Change band who were one band lower last year.</summary>
    private const double Promoted = 0.06;

    private static readonly string[] Suffixes = ["", "-1", "-2", "-3"];

    /// <summary>The rows, without the deliberate bad ones.</summary>
    /// <param name="plan">The trust.</param>
    /// <param name="previous">Last year's extract (people who joined this year left out, this year's leavers in).</param>
    /// <param name="reuse">Fill and yield one array over and over (for writing), instead of a new array per row.</param>
    public static IEnumerable<string[]> Rows(TrustPlan plan, bool previous, bool reuse)
    {
        var assignments = new Assignment[3];
        var end = previous ? plan.StaffCount + plan.LeaverCount : plan.StaffCount;
        var row = new string[Header.Length];
        for (var i = 0; i < end; i++)
        {
            var person = People.Get(plan, i);
            if (previous && person.Joiner)
            {
                continue;
            }

            var count = Assign(plan, person, previous, assignments);
            var employee = People.EmployeeNumber(i);
            for (var a = 0; a < count; a++)
            {
                if (!reuse)
                {
                    row = new string[Header.Length];
                }

                Fill(row, employee, person, assignments[a]);
                yield return row;
            }
        }
    }

    private static void Fill(string[] row, string employee, in Person person, in Assignment assignment)
    {
        row[0] = employee;
        row[1] = assignment.Number == 0 ? string.Empty : string.Concat(employee, Suffixes[assignment.Number]);
        row[2] = person.EthnicOrigin;
        row[3] = assignment.StaffGroup;
        row[4] = assignment.PayBand;
        row[5] = assignment.Primary;
        row[6] = assignment.Category;
        row[7] = assignment.Fte;
        row[8] = assignment.OccupationCode;
        row[9] = person.Disability;
        row[10] = person.Organisation;
    }

    /// <summary>
    /// Draws the person's assignments for the year into <paramref name="into"/>; returns how many. The same
    /// draws whoever asks (the staff file, the pay file), so they agree.
    /// </summary>
    public static int Assign(TrustPlan plan, in Person person, bool previous, Assignment[] into)
    {
        var random = Prng.For(plan.Seed, previous ? RandomStream.PreviousAssignments : RandomStream.Assignments, person.Index);
        var group = person.Group;
        var bandIndex = person.BandIndex;
        var promoted = random.Chance(Promoted);
        if (previous && promoted && group.AgendaForChange && bandIndex > 0 && !person.Leaver)
        {
            bandIndex--;
        }

        var band = group.Bands[bandIndex];
        var u = random.NextDouble();
        var count = u < ThreeAssignments ? 3 : u < ThreeAssignments + TwoAssignments ? 2 : 1;
        var category = (band.Categories ?? group.Categories).Pick(ref random);
        var fte = group.Fte.Pick(ref random);
        var occupation = group.Occupations[random.Next(group.Occupations.Length)];
        var staffGroup = random.Chance(StaffGroupAsCode) ? group.Code : group.Name;
        var blankNumber = random.Chance(BlankAssignmentNumber);
        into[0] = new Assignment
        {
            Number = count == 1 && blankNumber ? 0 : 1,
            StaffGroup = staffGroup,
            PayBand = band.Text,
            Primary = EsrText.Yes,
            Category = category,
            Fte = category == EsrText.Bank ? EsrText.BankFte : fte,
            OccupationCode = occupation,
        };

        if (count == 1)
        {
            return 1;
        }

        var bank = Bank(into[0], 2);
        if (count == 2 && random.Chance(BankSecond))
        {
            into[1] = bank;
            return 2;
        }

        var sameGroup = random.Chance(SameGroupSecond);
        var secondGroup = sameGroup ? group : StaffGroupSpec.AdministrativeAndClerical;
        var secondBand = sameGroup ? band : secondGroup.Bands.Pick(ref random);
        into[1] = new Assignment
        {
            Number = 2,
            StaffGroup = random.Chance(StaffGroupAsCode) ? secondGroup.Code : secondGroup.Name,
            PayBand = secondBand.Text,
            Primary = EsrText.No,
            Category = random.Chance(0.75) ? EsrText.Permanent : EsrText.FixedTermTemp,
            Fte = EsrText.SecondFte.Pick(ref random),
            OccupationCode = secondGroup.Occupations[random.Next(secondGroup.Occupations.Length)],
        };

        if (count == 3)
        {
            bank.Number = 3;
            into[2] = bank;
        }

        return count;
    }

    /// <summary>Bank work in the main assignment's staff group and band.</summary>
    private static Assignment Bank(in Assignment main, int number) => new()
    {
        Number = number,
        StaffGroup = main.StaffGroup,
        PayBand = main.PayBand,
        Primary = EsrText.No,
        Category = EsrText.Bank,
        Fte = EsrText.BankFte,
        OccupationCode = main.OccupationCode,
    };
}
