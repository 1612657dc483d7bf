using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Tests.Builders;
using Wres.Core.Tests.Generators;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

public class WorkforceSnapshotTests
{
    private static readonly ProtectedCharacteristic Ethnicity = ProtectedCharacteristic.Ethnicity;

    [Fact]
    public void FromAssignments_OneAssignmentEach_CountsPeopleInTheirRows()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1"),
            Valid.Staff("2", EthnicCategory.BlackAfrican),
            Valid.Staff("3", null, Grade.Band6) with { EthnicOrigin = null },
        ]);

        Assert.Equal(3, workforce.Headcount);
        Assert.Equal(new GroupTally(1, 1, 0), workforce.Tally(Ethnicity, Segment.Clinical, Grade.Band5));
        Assert.Equal(new GroupTally(0, 0, 1), workforce.Tally(Ethnicity, Segment.Clinical, Grade.Band6));
        Assert.Equal(new GroupTally(1, 1, 1), workforce.Tally(Ethnicity));
        Assert.Equal(3, workforce.PeopleDecidedBy(SelectionRule.OnlyAssignment));
    }

    [Fact]
    public void FromAssignments_PrimaryAssignment_WinsOverHigherFteAndBand()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = "1-1", IsPrimary = true, Fte = 0.4m, Grade = Grade.Band3 },
            Valid.Staff("1") with { AssignmentNumber = "1-2", IsPrimary = false, Fte = 1.0m, Grade = Grade.Band7 },
        ]);

        Assert.Equal(1, workforce.Headcount);
        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical, Grade.Band3).Total);
        Assert.Equal(1, workforce.PeopleDecidedBy(SelectionRule.PrimaryAssignment));
    }

    [Fact]
    public void FromAssignments_NoPrimary_HighestFteWins()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = "1-1", IsPrimary = false, Fte = 0.4m, Grade = Grade.Band7 },
            Valid.Staff("1") with { AssignmentNumber = "1-2", IsPrimary = false, Fte = 0.6m, Grade = Grade.Band3 },
        ]);

        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical, Grade.Band3).Total);
        Assert.Equal(1, workforce.PeopleDecidedBy(SelectionRule.HighestFte));
    }

    [Fact]
    public void FromAssignments_TwoPrimaries_FteDecides()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = "1-1", Fte = 0.5m, Grade = Grade.Band7 },
            Valid.Staff("1") with { AssignmentNumber = "1-2", Fte = 0.6m, Grade = Grade.Band3 },
        ]);

        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical, Grade.Band3).Total);
        Assert.Equal(1, workforce.PeopleDecidedBy(SelectionRule.HighestFte));
    }

    [Fact]
    public void FromAssignments_MissingFte_RanksBelowAnyGivenFte()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = "1-1", IsPrimary = false, Fte = null, Grade = Grade.Band7 },
            Valid.Staff("1") with { AssignmentNumber = "1-2", IsPrimary = false, Fte = 0m, Grade = Grade.Band3 },
        ]);

        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical, Grade.Band3).Total);
    }

    [Fact]
    public void FromAssignments_EqualFte_HighestBandWins()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = "1-1", IsPrimary = false, Fte = 0.5m, Grade = Grade.Band8A },
            Valid.Staff("1") with { AssignmentNumber = "1-2", IsPrimary = false, Fte = 0.5m, Grade = Grade.Vsm },
            Valid.Staff("1") with { AssignmentNumber = "1-3", IsPrimary = false, Fte = 0.5m, Grade = Grade.UnderBand1 },
        ]);

        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical, Grade.Vsm).Total);
        Assert.Equal(1, workforce.PeopleDecidedBy(SelectionRule.HighestBand));
    }

    [Fact]
    public void FromAssignments_OtherBand_RanksBelowUnderBand1()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = "1-1", IsPrimary = false, Grade = Grade.Other },
            Valid.Staff("1") with { AssignmentNumber = "1-2", IsPrimary = false, Grade = Grade.UnderBand1 },
        ]);

        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical, Grade.UnderBand1).Total);
    }

    [Fact]
    public void FromAssignments_AllElseEqual_LowestAssignmentNumberInOrdinalOrderWins()
    {
        // Ordinal order: "1-10" < "1-2".
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1", EthnicCategory.BlackAfrican) with { AssignmentNumber = "1-2", IsPrimary = false },
            Valid.Staff("1", EthnicCategory.WhiteBritish) with { AssignmentNumber = "1-10", IsPrimary = false },
        ]);

        Assert.Equal(new GroupTally(1, 0, 0), workforce.Tally(Ethnicity));
        Assert.Equal(1, workforce.PeopleDecidedBy(SelectionRule.LowestAssignmentNumber));
    }

    [Fact]
    public void FromAssignments_BankPrimary_PersonCountedByOtherAssignment()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = "1-1", IsPrimary = true, Category = AssignmentCategory.Bank, Grade = Grade.Band7 },
            Valid.Staff("1") with { AssignmentNumber = "1-2", IsPrimary = false, Category = AssignmentCategory.Permanent, Grade = Grade.Band2 },
        ]);

        Assert.Equal(1, workforce.Headcount);
        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical, Grade.Band2).Total);
        Assert.Equal(1, workforce.PeopleDecidedBy(SelectionRule.OnlyAssignment));
        Assert.Equal(2, workforce.Quality.RowsRead);
        Assert.Equal(1, workforce.Quality.RowsCounted);
        Assert.Equal([new ExclusionCount(ExclusionRule.ExcludedAssignmentCategory, "Bank", 1)], workforce.Quality.Exclusions);
    }

    [Fact]
    public void FromAssignments_OnlyBankOrHonorary_NotInWorkforce()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { Category = AssignmentCategory.Bank },
            Valid.Staff("2") with { Category = AssignmentCategory.Honorary },
            Valid.Staff("3"),
        ]);

        Assert.Equal(1, workforce.Headcount);
        Assert.Equal(2, workforce.Quality.RowsExcluded);
        Assert.True(workforce.Quality.Reconciles);
    }

    [Fact]
    public void FromAssignments_ExcludedCategoriesOption_IsHonoured()
    {
        var options = new WorkforceOptions();
        options.ExcludedCategories.Clear();
        options.ExcludedCategories.Add(AssignmentCategory.Locum);

        var workforce = WorkforceSnapshot.FromAssignments(
            [Valid.Staff("1") with { Category = AssignmentCategory.Bank }, Valid.Staff("2") with { Category = AssignmentCategory.Locum }],
            options);

        Assert.Equal(1, workforce.Headcount);
        Assert.Equal([new ExclusionCount(ExclusionRule.ExcludedAssignmentCategory, "Locum", 1)], workforce.Quality.Exclusions);
    }

    [Fact]
    public void FromAssignments_DuplicateAssignmentNumber_WarnsAndCountsPersonOnce()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = "1-1" },
            Valid.Staff("1") with { AssignmentNumber = "1-1" },
        ]);

        Assert.Equal(1, workforce.Headcount);
        Assert.Equal(1, workforce.PeopleDecidedBy(SelectionRule.DuplicateAssignmentNumber));
        var issue = Assert.Single(workforce.Quality.Issues);
        Assert.Equal(WresErrorCodes.DuplicateAssignmentNumber, issue.Code);
        Assert.Equal(2, issue.Line);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal(2, workforce.Quality.RowsCounted);
    }

    [Fact]
    public void FromAssignments_BlankAssignmentNumber_DefaultsToEmployeeNumber()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { AssignmentNumber = null },
            Valid.Staff("1") with { AssignmentNumber = "1" },
        ]);

        Assert.Equal(WresErrorCodes.DuplicateAssignmentNumber, Assert.Single(workforce.Quality.Issues).Code);
    }

    [Fact]
    public void FromAssignments_ConflictingEthnicGroups_WarnsOncePerPerson()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1", EthnicCategory.WhiteBritish) with { AssignmentNumber = "1-1" },
            Valid.Staff("1", EthnicCategory.AsianIndian) with { AssignmentNumber = "1-2", IsPrimary = false },
            Valid.Staff("2", EthnicCategory.WhiteBritish) with { AssignmentNumber = "2-1" },
            Valid.Staff("2") with { AssignmentNumber = "2-2", EthnicOrigin = null },
        ]);

        var issue = Assert.Single(workforce.Quality.Issues);
        Assert.Equal(WresErrorCodes.ConflictingEthnicity, issue.Code);
        Assert.Equal(1, issue.Line);
        Assert.Equal(new GroupTally(2, 0, 0), workforce.Tally(Ethnicity));
    }

    [Fact]
    public void FromAssignments_PlacesEachPersonInSegmentAndRow()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { StaffGroup = StaffGroup.MedicalAndDental, Grade = Grade.Consultant },
            Valid.Staff("2") with { StaffGroup = StaffGroup.MedicalAndDental, Grade = Grade.Band5 },
            Valid.Staff("3") with { StaffGroup = StaffGroup.MedicalAndDental, Grade = Grade.Trainee },
            Valid.Staff("4") with { StaffGroup = StaffGroup.AdministrativeAndClerical, Grade = Grade.Band3 },
            Valid.Staff("5") with { StaffGroup = StaffGroup.SupplementaryRoles, Grade = Grade.Band3 },
            Valid.Staff("6") with { StaffGroup = StaffGroup.AlliedHealthProfessionals, Grade = Grade.Consultant },
        ]);

        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.MedicalAndDental, Grade.Consultant).Total);
        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.MedicalAndDental, Grade.Other).Total);
        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.MedicalAndDental, Grade.Trainee).Total);
        Assert.Equal(2, workforce.Tally(Ethnicity, Segment.NonClinical, Grade.Band3).Total);
        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical, Grade.Other).Total);
        Assert.Equal(3, workforce.Tally(Ethnicity, Segment.MedicalAndDental).Total);
        Assert.Equal(0, workforce.Tally(Ethnicity, Segment.Clinical, Grade.Consultant).Total);
    }

    [Fact]
    public void FromAssignments_OccupationOverride_MovesSegment()
    {
        var options = new WorkforceOptions();
        options.OccupationCodeSegments["G1A"] = Segment.NonClinical;

        var workforce = WorkforceSnapshot.FromAssignments(
            [Valid.Staff("1") with { OccupationCode = " g1a " }, Valid.Staff("2") with { OccupationCode = "N0A" }],
            options);

        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.NonClinical).Total);
        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical).Total);
    }

    [Fact]
    public void FromAssignments_SupplementaryRolesMappedToClinical_IsHonoured()
    {
        var options = new WorkforceOptions();
        options.StaffGroupSegments[StaffGroup.SupplementaryRoles] = Segment.Clinical;

        var workforce = WorkforceSnapshot.FromAssignments([Valid.Staff("1") with { StaffGroup = StaffGroup.SupplementaryRoles }], options);

        Assert.Equal(1, workforce.Tally(Ethnicity, Segment.Clinical).Total);
    }

    [Fact]
    public void FromAssignments_Disability_TalliedSeparately()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1") with { Disability = DisabilityGroup.Disabled },
            Valid.Staff("2") with { Disability = DisabilityGroup.NonDisabled },
            Valid.Staff("3") with { Disability = DisabilityGroup.NonDisabled },
            Valid.Staff("4"),
        ]);

        Assert.Equal(new GroupTally(2, 1, 1), workforce.Tally(ProtectedCharacteristic.Disability));
        Assert.Equal(new GroupTally(4, 0, 0), workforce.Tally(ProtectedCharacteristic.Ethnicity));
    }

    [Fact]
    public void FromAssignments_InvalidRows_RejectedWithCodesAndTotalsReconcile()
    {
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1"),
            Valid.Staff(" "),
            Valid.Staff("3") with { Fte = 1.6m },
            Valid.Staff("4") with { Fte = -0.1m },
            Valid.Staff("5") with { Fte = 1.5m },
        ]);

        Assert.Equal(2, workforce.Headcount);
        Assert.Equal(5, workforce.Quality.RowsRead);
        Assert.Equal(2, workforce.Quality.RowsCounted);
        Assert.Equal(3, workforce.Quality.RowsRejected);
        Assert.True(workforce.Quality.Reconciles);
        Assert.Equal(
            [(2, WresErrorCodes.RequiredValueMissing), (3, WresErrorCodes.FteOutOfRange), (4, WresErrorCodes.FteOutOfRange)],
            workforce.Quality.Issues.Select(i => (i.Line!.Value, i.Code)));
        Assert.All(workforce.Quality.Issues, i => Assert.Equal(IssueSeverity.Error, i.Severity));
    }

    [Fact]
    public void Tally_UndefinedArguments_Throw()
    {
        var workforce = WorkforceSnapshot.FromAssignments([Valid.Staff()]);

        Assert.Throws<ArgumentOutOfRangeException>(() => workforce.Tally(ProtectedCharacteristic.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => workforce.Tally(Ethnicity, Segment.Unknown));
    }

    [Fact]
    public void DetailedTally_OnePersonPerCode_CountsEachInItsDetailedGroup()
    {
        // Every built-in code once (18 national, 51 extended), two local codes, a blank and an unrecognised value: the
        // extended codes fall under their first letter's group, local codes by their WRES group.
        var staff = EthnicCategory.All
            .Concat([EthnicCategory.Local("W1", "Local White", EthnicGroup.White), EthnicCategory.Local("B1", "Local BME", EthnicGroup.Bme), null])
            .Select((category, i) => Valid.Staff($"P{i}", null, Grade.Band5) with { EthnicOrigin = category })
            .ToList();

        var workforce = WorkforceSnapshot.FromAssignments(staff);
        var detail = workforce.DetailedTally(Segment.Clinical, Grade.Band5);

        Assert.Equal(1, detail[DetailedEthnicGroup.WhiteBritish]);
        Assert.Equal(1, detail[DetailedEthnicGroup.WhiteIrish]);
        Assert.Equal(1 + 25 + 1, detail[DetailedEthnicGroup.WhiteOther]); // C, C2 to CY, the local White code
        Assert.Equal(4 + 6, detail[DetailedEthnicGroup.Mixed]);           // D-G, GA-GF
        Assert.Equal(4 + 10, detail[DetailedEthnicGroup.Asian]);          // H-L, LA-LK
        Assert.Equal(3 + 5, detail[DetailedEthnicGroup.Black]);           // M, N, P, PA-PE
        Assert.Equal(1, detail[DetailedEthnicGroup.Chinese]);             // R
        Assert.Equal(1 + 5 + 1, detail[DetailedEthnicGroup.Other]);       // S, SA-SE, the local BME code
        Assert.Equal(2 + 1, detail[DetailedEthnicGroup.Unknown]);         // Z, 99, blank
        Assert.Equal(staff.Count, detail.Total);
        Assert.Equal(workforce.Tally(Ethnicity, Segment.Clinical, Grade.Band5), detail.Groups);
        Assert.Equal(detail, workforce.DetailedTally());
        Assert.Equal(detail, workforce.DetailedTally(Segment.Clinical));
        Assert.Equal(0, workforce.DetailedTally(Segment.NonClinical).Total);
        Assert.Equal(0, workforce.DetailedTally(Segment.Clinical, Grade.Band6).Total);
    }

    [Fact]
    public void DetailedTally_PersonWithSeveralAssignments_TakesTheChosenAssignmentsGroup()
    {
        // The primary assignment (Black African) decides; the other (Chinese) is in the same WRES group, so only the
        // detailed group tells them apart.
        var workforce = WorkforceSnapshot.FromAssignments(
        [
            Valid.Staff("1", EthnicCategory.Chinese) with { AssignmentNumber = "1-1", IsPrimary = false, Fte = 1.0m },
            Valid.Staff("1", EthnicCategory.BlackAfrican) with { AssignmentNumber = "1-2", IsPrimary = true, Fte = 0.2m },
        ]);

        Assert.Equal(1, workforce.DetailedTally()[DetailedEthnicGroup.Black]);
        Assert.Equal(0, workforce.DetailedTally()[DetailedEthnicGroup.Chinese]);
    }

    [Fact]
    public void DetailedTally_TwoRowsAlikeButForTheDetailedGroup_ChoosesTheSameWhateverTheOrder()
    {
        // Same assignment number, FTE, band: only the detailed group differs, and the choice is fixed by it, not by order.
        var asian = Valid.Staff("1", EthnicCategory.AsianIndian) with { AssignmentNumber = "1-1" };
        var black = Valid.Staff("1", EthnicCategory.BlackCaribbean) with { AssignmentNumber = "1-1" };

        var one = WorkforceSnapshot.FromAssignments([asian, black]).DetailedTally();
        var other = WorkforceSnapshot.FromAssignments([black, asian]).DetailedTally();

        Assert.Equal(one, other);
        Assert.Equal(1, one.Total);
    }

    [Fact]
    public void DetailedTally_RowOfAnotherSegment_IsEmptyAndNullRowThrows()
    {
        var workforce = WorkforceSnapshot.FromAssignments([Valid.Staff("1")]);

        Assert.Equal(0, workforce.DetailedTally(Segment.MedicalAndDental, Grade.Band5).Total);
        Assert.Throws<ArgumentNullException>(() => workforce.DetailedTally(Segment.Clinical, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => workforce.DetailedTally((Segment)9));
    }

    [Property(MaxTest = 200)]
    public Property DetailedTally_OfEveryRow_SumsToItsWhiteBmeAndUnknown() =>
        Prop.ForAll(DomainGenerators.Staff(pool: 30, maxRows: 80).ToArbitrary(), rows =>
        {
            var workforce = WorkforceSnapshot.FromAssignments(rows);
            var segments = new[] { Segment.NonClinical, Segment.Clinical, Segment.MedicalAndDental };
            return workforce.DetailedTally().Groups == workforce.Tally(Ethnicity)
                && segments.All(segment => workforce.DetailedTally(segment).Groups == workforce.Tally(Ethnicity, segment)
                    && Grade.All.All(row => workforce.DetailedTally(segment, row).Groups == workforce.Tally(Ethnicity, segment, row)));
        });

    [Property(MaxTest = 200)]
    public Property FromAssignments_NeverMorePeopleThanEmployeeNumbers() =>
        Prop.ForAll(DomainGenerators.Staff(pool: 30, maxRows: 80).ToArbitrary(), rows =>
        {
            var workforce = WorkforceSnapshot.FromAssignments(rows);
            var employees = rows.Select(r => r.EmployeeNumber).Distinct().Count();
            var withInScopeRow = rows.Where(r => r.Category is not (AssignmentCategory.Bank or AssignmentCategory.Honorary))
                .Select(r => r.EmployeeNumber).Distinct().Count();
            return workforce.Headcount <= employees
                && workforce.Headcount == withInScopeRow
                && workforce.Tally(Ethnicity).Total == workforce.Headcount
                && workforce.Quality.Reconciles
                && workforce.Quality.RowsRead == rows.Count;
        });

    [Property(MaxTest = 200)]
    public Property FromAssignments_DoesNotDependOnRowOrder() =>
        Prop.ForAll(
            DomainGenerators.Staff(pool: 20, maxRows: 60).ToArbitrary(),
            ArbMap.Default.ArbFor<int>(),
            (rows, seed) =>
            {
                var shuffled = rows.ToList();
                new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
                return Fingerprint(WorkforceSnapshot.FromAssignments(rows)) == Fingerprint(WorkforceSnapshot.FromAssignments(shuffled));
            });

    [Property(MaxTest = 200)]
    public Property Merge_OfAnySplit_EqualsTheWhole() =>
        Prop.ForAll(
            DomainGenerators.Staff(pool: 20, maxRows: 60).ToArbitrary(),
            Gen.Choose(0, 60).ToArbitrary(),
            (rows, cut) =>
            {
                cut = Math.Min(cut, rows.Count);
                var first = Accumulate(rows.Take(cut), startLine: 1);
                var second = Accumulate(rows.Skip(cut), startLine: cut + 1);
                first.Merge(second, lineOffset: 0);
                var merged = WorkforceSnapshot.Complete(first);
                var whole = WorkforceSnapshot.FromAssignments(rows);
                return Fingerprint(merged) == Fingerprint(whole)
                    && merged.Quality.Issues.Select(i => (i.Code, i.Occurrences)).Order().SequenceEqual(
                        whole.Quality.Issues.Select(i => (i.Code, i.Occurrences)).Order());
            });

    private static WorkforceAccumulator Accumulate(IEnumerable<StaffAssignment> rows, int startLine)
    {
        var accumulator = new WorkforceAccumulator(WorkforceSettings.Default, new SourceTally("staff", 1000));
        var line = startLine;
        foreach (var row in rows)
        {
            accumulator.Add(row, line++);
        }

        return accumulator;
    }

    /// <summary>Everything a workforce reports, as one comparable string.</summary>
    private static string Fingerprint(WorkforceSnapshot workforce)
    {
        var parts = new List<string> { $"h{workforce.Headcount}" };
        foreach (var segment in new[] { Segment.NonClinical, Segment.Clinical, Segment.MedicalAndDental })
        {
            foreach (var row in Grade.All)
            {
                parts.Add($"{segment}/{row}/{workforce.Tally(Ethnicity, segment, row)}/{workforce.Tally(ProtectedCharacteristic.Disability, segment, row)}/{workforce.DetailedTally(segment, row)}");
            }
        }

        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            parts.Add($"{rule}={workforce.PeopleDecidedBy(rule)}");
        }

        var quality = workforce.Quality;
        parts.Add($"{quality.RowsRead}/{quality.RowsCounted}/{quality.RowsExcluded}/{quality.RowsRejected}");
        parts.AddRange(quality.Exclusions.Select(e => e.ToString()));
        return string.Join("|", parts);
    }
}
