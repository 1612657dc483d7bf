using Wres.Core.Ingestion;
using Wres.Core.RollUp;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>
/// Finds the input of the organisation a row's Organisation value names; a blank value goes to the roll-up's
/// unassigned rows. Remembers the last organisation, since files usually hold each organisation's rows together.
/// </summary>
internal sealed class OrganisationRouter(WresRollUp rollUp, InputPart part, string source) : IWriterRouter
{
    private readonly List<(byte[] Code, InputWriter Writer)> _known = [];
    private InputWriter? _unassigned;
    private int _last = -1;

    public InputWriter For(ReadOnlySpan<byte> organisation)
    {
        if (organisation.IsEmpty)
        {
            return _unassigned ??= rollUp.Unassigned.OpenInput(part, source);
        }

        if (_last >= 0 && organisation.SequenceEqual(_known[_last].Code))
        {
            return _known[_last].Writer;
        }

        for (var i = 0; i < _known.Count; i++)
        {
            if (organisation.SequenceEqual(_known[i].Code))
            {
                _last = i;
                return _known[i].Writer;
            }
        }

        var found = rollUp.For(Fields.Text(organisation)).OpenInput(part, source);
        _known.Add((organisation.ToArray(), found));
        _last = _known.Count - 1;
        return found;
    }
}
