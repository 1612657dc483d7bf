using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wres.Core.Casework;
using Wres.Core.Recruitment;
using Wres.Core.Tests.Builders;
using Wres.Core.Training;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Generators;

/// <summary>Generators for domain values and records, realistic and hostile, in one place.</summary>
internal static class DomainGenerators
{
    /// <summary>Raw ethnicity strings: real ESR values, labels, tricky values and arbitrary text.</summary>
    public static Gen<string> RawEthnicity { get; } = Gen.OneOf(
        Gen.Elements(EthnicCategory.All.ToArray()).Select(c => $"{c.Code} {c.Label}"),
        Gen.Elements(EthnicCategory.All.ToArray()).Select(c => c.Code.ToLowerInvariant()),
        Gen.Elements(EthnicCategory.All.ToArray()).Select(c => c.Label),
        Gen.Elements("NA", "NK", "NS", "", "   ", "White and Black Caribbean", "C2 White Northern Irish", "-", ":", "Z", "99", "n", "White", "Mixed"),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));

    /// <summary>Employee numbers drawn from a small pool so that people have several assignments.</summary>
    public static Gen<string> EmployeeNumber(int pool) => Gen.Choose(1, pool).Select(i => (10_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every built-in category (national and extended) and two local codes, for staff rows.</summary>
    private static readonly EthnicCategory[] StaffCategories =
        [.. EthnicCategory.All, EthnicCategory.Local("W1", "Local White", EthnicGroup.White), EthnicCategory.Local("B1", "Local BME", EthnicGroup.Bme)];

    public static Gen<StaffAssignment> StaffAssignment(int pool) =>
        from employee in EmployeeNumber(pool)
        from assignment in Gen.Choose(1, 3)
        from ethnicity in Gen.Elements(StaffCategories)
        from blankEthnicity in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from staffGroup in Gen.Elements(StaffGroup.All.ToArray())
        from grade in Gen.Elements(Grade.All.ToArray())
        from primary in ArbMap.Default.GeneratorFor<bool>()
        from category in Gen.Elements(AssignmentCategory.Permanent, AssignmentCategory.FixedTerm, AssignmentCategory.Bank, AssignmentCategory.Honorary, AssignmentCategory.Locum)
        from fte in Gen.Elements<decimal?>(null, 0.2m, 0.5m, 0.6m, 1.0m)
        from disability in Gen.Elements(DisabilityGroup.Unknown, DisabilityGroup.NonDisabled, DisabilityGroup.Disabled)
        select new StaffAssignment
        {
            EmployeeNumber = employee,
            AssignmentNumber = $"{employee}-{assignment}",
            EthnicOrigin = blankEthnicity ? null : ethnicity,
            StaffGroup = staffGroup,
            Grade = grade,
            IsPrimary = primary,
            Category = category,
            Fte = fte,
            Disability = disability,
        };

    public static Gen<List<StaffAssignment>> Staff(int pool, int maxRows) =>
        from count in Gen.Choose(0, maxRows)
        from rows in StaffAssignment(pool).ListOf(count)
        select rows.ToList();

    /// <summary>The post applied for: mostly a band and staff group, sometimes neither (a file without the columns) or one of them blank.</summary>
    public static Gen<(Grade? Grade, StaffGroup? StaffGroup)> Post { get; } = Gen.Frequency(
        (3, Gen.Constant<(Grade?, StaffGroup?)>((null, null))),
        (6, from grade in Gen.Elements(Grade.All.ToArray())
            from staffGroup in Gen.Elements(StaffGroup.All.ToArray())
            select ((Grade?)grade, (StaffGroup?)staffGroup)),
        (1, from grade in Gen.Elements<Grade?>(null, Grade.Band5, Grade.Consultant)
            from staffGroup in Gen.Elements<StaffGroup?>(null, StaffGroup.MedicalAndDental)
            select (grade, staffGroup)));

    /// <summary>Applications, shortlisted or not, appointed or not (sometimes without shortlisting), dated in and around the year.</summary>
    public static Gen<JobApplication> Application { get; } =
        from id in Gen.Choose(1, 1000)
        from ethnicity in Gen.Elements(EthnicCategory.All.ToArray()).Select(c => (EthnicCategory?)c)
        from blank in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from shortlisted in ArbMap.Default.GeneratorFor<bool>()
        from appointed in ArbMap.Default.GeneratorFor<bool>()
        from month in Gen.Choose(1, 24)
        from post in Post
        select Valid.Application($"A{id}", ethnicity) with
        {
            EthnicOrigin = blank ? null : ethnicity,
            Shortlisted = shortlisted,
            Appointed = appointed,
            Date = new LocalDate(2024, 10, 1).PlusMonths(month),
            Grade = post.Grade,
            StaffGroup = post.StaffGroup,
        };

    /// <summary>Cases of every type, with and without their own ethnicity, starting in and around the year.</summary>
    public static Gen<EmployeeRelationsCase> Case { get; } =
        from employee in EmployeeNumber(40)
        from own in Gen.Elements<EthnicCategory?>(null, null, EthnicCategory.NotStated, EthnicCategory.WhiteBritish, EthnicCategory.BlackAfrican)
        from type in Gen.Elements(CaseType.Disciplinary, CaseType.Disciplinary, CaseType.Capability, CaseType.IllHealthCapability)
        from month in Gen.Choose(0, 14)
        select Valid.Case("C", employee) with { EthnicOrigin = own, Type = type, StartDate = new LocalDate(2025, 2, 1).PlusMonths(month) };

    /// <summary>Courses, mandatory or not.</summary>
    public static Gen<TrainingRecord> Course { get; } =
        from employee in EmployeeNumber(45)
        from mandatory in ArbMap.Default.GeneratorFor<bool>()
        select Valid.Training(employee) with { Mandatory = mandatory };

    /// <summary>Staff, applications, cases and courses of a small trust.</summary>
    public static Gen<WresDataset> Dataset { get; } =
        from staff in Staff(pool: 40, maxRows: 60)
        from applications in Application.ListOf()
        from cases in Case.ListOf()
        from training in Course.ListOf()
        select new WresDataset { Staff = staff, Applications = applications.ToList(), Cases = cases.ToList(), Training = training.ToList() };
}
