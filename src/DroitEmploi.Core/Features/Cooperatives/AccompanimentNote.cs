using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A short accompaniment note on a cooperant, by theme. Personal data: read and written by the KPA's coordination
/// only, every read journaled, exported and erased with the person.
/// </summary>
public class AccompanimentNote : TrackedEntity
{
    public int Id { get; set; }
    public int CooperantId { get; set; }
    public int? ContributorId { get; set; }
    public DateOnly On { get; set; }
    public NoteTheme Theme { get; set; }
    public string Text { get; set; } = "";

    public static AccompanimentNote Write(Cooperant cooperant, Contributor? by, NoteInput input, DateOnly today)
    {
        if (input.On is not { } on || on > today)
        {
            throw ValidationFailedException.For("on", "Une note se date du jour de l'échange, pas dans le futur.");
        }
        if (by is not null && by.KpaId != cooperant.KpaId)
        {
            throw ValidationFailedException.For("contributorId", "Ce contributeur n'accompagne pas dans ce KPA.");
        }
        return new AccompanimentNote { CooperantId = cooperant.Id, ContributorId = by?.Id, On = on, Theme = input.Theme, Text = input.Text.Trim() };
    }
}
