namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>Who accompanies the cooperants: salaried entrepreneurs, volunteers, and cooperants who became contributors.</summary>
public enum ContributorKind
{
    SalariedEntrepreneur,
    Volunteer,
    FormerCooperant,
}
