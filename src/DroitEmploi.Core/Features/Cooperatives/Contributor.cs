using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A KPA's contributor: coordinates, imagines activities, coaches skills and careers, helps with rights, health and housing.</summary>
public class Contributor : TrackedEntity
{
    public int Id { get; set; }
    public int KpaId { get; set; }
    public string Name { get; set; } = "";
    public ContributorKind Kind { get; set; }
    /// <summary>The cooperant's record of a contributor who was a cooperant first.</summary>
    public int? CooperantId { get; set; }

    public static Contributor Enrol(int kpaId, ContributorInput input, Cooperant? former)
    {
        if (input.Kind == ContributorKind.FormerCooperant && former is null)
        {
            throw ValidationFailedException.For("cooperantId", "Choisissez la fiche du ou de la coopérant·e devenu·e contributeur·rice.");
        }
        if (former is not null && former.KpaId != kpaId)
        {
            throw ValidationFailedException.For("cooperantId", "Cette personne n'est pas coopérante de ce KPA.");
        }
        return new Contributor { KpaId = kpaId, Name = input.Name.Trim(), Kind = input.Kind, CooperantId = former?.Id };
    }
}
