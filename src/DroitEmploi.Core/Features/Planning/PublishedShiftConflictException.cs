using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>A day made unavailable over a shift already published: asked again with a confirmation, the management is told.</summary>
public sealed class PublishedShiftConflictException(IReadOnlyList<PublishedShift> shifts)
    : BusinessRuleException("Vous êtes prévu·e au planning publié "
        + string.Join(", ", shifts.Select(s => $"le {s.Date.ToString("dddd d MMMM", French.Culture)} ({s.SlotName})"))
        + ". Confirmez : la direction de l'EBE en sera prévenue.")
{
    public IReadOnlyList<PublishedShift> Shifts { get; } = shifts;

    public override IReadOnlyDictionary<string, object?> Details => new Dictionary<string, object?> { ["conflicts"] = Shifts };
}
