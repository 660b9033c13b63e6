using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.People;

/// <summary>Someone with the same names and birth date is already registered: the user must confirm.</summary>
public sealed class DuplicatePersonException(IReadOnlyList<PersonSummary> existing)
    : BusinessRuleException(
        $"Une personne du même nom, née le même jour, est déjà inscrite (fiche n° {string.Join(", ", existing.Select(e => e.Id))}). " +
        "Vérifiez qu'il ne s'agit pas d'elle ; pour créer quand même une nouvelle fiche, confirmez.")
{
    public IReadOnlyList<PersonSummary> Existing { get; } = existing;

    public override IReadOnlyDictionary<string, object?> Details { get; } =
        new Dictionary<string, object?> { ["existingPersonIds"] = existing.Select(e => e.Id).ToArray() };
}
