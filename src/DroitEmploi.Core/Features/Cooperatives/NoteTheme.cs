namespace DroitEmploi.Core.Features.Cooperatives;

public enum NoteTheme
{
    Skills,
    Rights,
    Health,
    Housing,
    Other,
}
