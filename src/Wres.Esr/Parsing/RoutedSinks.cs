using Wres.Core;
using Wres.Core.Casework;
using Wres.Core.Recruitment;
using Wres.Core.RollUp;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>
/// Finds the part of an organisation's accumulator for a row's Organisation value; a blank value
/// goes to the roll-up's unassigned rows. Remembers the last organisation, since files usually hold
/// each organisation's rows together.
/// </summary>
internal sealed class OrganisationRouter<TPart>(WresRollUp rollUp, Func<WresAccumulator, TPart> part)
    where TPart : class
{
    private readonly List<(byte[] Code, TPart Part)> _known = [];
    private TPart? _unassigned;
    private int _last = -1;

    public TPart For(ReadOnlySpan<byte> organisation)
    {
        if (organisation.IsEmpty)
        {
            return _unassigned ??= part(rollUp.Unassigned);
        }

        if (_last >= 0 && organisation.SequenceEqual(_known[_last].Code))
        {
            return _known[_last].Part;
        }

        for (var i = 0; i < _known.Count; i++)
        {
            if (organisation.SequenceEqual(_known[i].Code))
            {
                _last = i;
                return _known[i].Part;
            }
        }

        var found = part(rollUp.For(Fields.Text(organisation)));
        _known.Add((organisation.ToArray(), found));
        _last = _known.Count - 1;
        return found;
    }
}

/// <summary>
/// Finds the part of the accumulator of a row's employee's organisation (from the staff files); an
/// employee in no staff file goes to the roll-up's unassigned rows.
/// </summary>
internal sealed class EmployeeRouter<TPart>(WresRollUp rollUp, EmployeeDirectory directory, Func<WresAccumulator, TPart> part)
    where TPart : class
{
    private readonly TPart?[] _parts = new TPart?[directory.Organisations.Count];
    private TPart? _unassigned;

    public TPart For(ReadOnlySpan<byte> employee)
    {
        var organisation = employee.IsEmpty ? -1 : directory.Find(employee);
        return organisation < 0
            ? _unassigned ??= part(rollUp.Unassigned)
            : _parts[organisation] ??= part(rollUp.For(directory.Organisations[organisation]));
    }
}

/// <summary>Staff rows to their Organisation's workforce.</summary>
internal sealed class RoutedStaffSink(WresRollUp rollUp, Func<WresAccumulator, WorkforceAccumulator> part, Classifiers classifiers) : IStaffSink
{
    private readonly OrganisationRouter<WorkforceAccumulator> _router = new(rollUp, part);

    public bool Full => false;

    public bool Routes => true;

    public SourceTally TallyFor(ReadOnlySpan<byte> organisation) => _router.For(organisation).Tally;

    public void Add(in StaffRow row, SourceTally tally) => new StaffReportSink(_router.For(row.Organisation), classifiers).Add(row, tally);
}

/// <summary>Application rows to their Organisation's recruitment.</summary>
internal sealed class RoutedApplicationSink(WresRollUp rollUp, string source) : IApplicationSink
{
    private readonly OrganisationRouter<RecruitmentAccumulator> _router = new(rollUp, a => (RecruitmentAccumulator)a.Open(InputPart.Recruitment, source));

    public bool Full => false;

    public bool Routes => true;

    public SourceTally TallyFor(ReadOnlySpan<byte> organisation) => _router.For(organisation).Tally;

    public void Add(in ApplicationRow row, SourceTally tally) => new ApplicationReportSink(_router.For(row.Organisation), rollUp.Year).Add(row, tally);
}

/// <summary>Case rows to their employee's organisation.</summary>
internal sealed class RoutedCaseSink(WresRollUp rollUp, EmployeeDirectory directory, Func<WresAccumulator, CaseAccumulator> part) : ICaseSink
{
    private readonly EmployeeRouter<CaseAccumulator> _router = new(rollUp, directory, part);

    public bool Routes => true;

    public SourceTally TallyFor(ReadOnlySpan<byte> employee) => _router.For(employee).Tally;

    public void Add(in CaseRow row) => new CaseReportSink(_router.For(row.Employee)).Add(row);
}

/// <summary>Training rows to their employee's organisation.</summary>
internal sealed class RoutedTrainingSink(WresRollUp rollUp, EmployeeDirectory directory, string source) : ITrainingSink
{
    private readonly EmployeeRouter<TrainingAccumulator> _router = new(rollUp, directory, a => (TrainingAccumulator)a.Open(InputPart.Training, source));

    public bool Routes => true;

    public SourceTally TallyFor(ReadOnlySpan<byte> employee) => _router.For(employee).Tally;

    public void Add(in TrainingRow row) => new TrainingReportSink(_router.For(row.Employee)).Add(row);
}
