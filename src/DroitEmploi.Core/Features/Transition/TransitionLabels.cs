namespace DroitEmploi.Core.Features.Transition;

/// <summary>French words for the RTE and the CTE, used by pages, exports and messages alike.</summary>
public static class TransitionLabels
{
    public static string French(this MemberCategory category) => category switch
    {
        MemberCategory.Inhabitants => "Habitant·es",
        MemberCategory.Firms => "Entreprises",
        MemberCategory.Experts => "Expert·es",
        MemberCategory.LocalAuthorities => "Collectivités",
        _ => category.ToString(),
    };

    public static string French(this Household household) => household switch
    {
        Household.Alone => "Personne seule",
        Household.AloneWithChildren => "Seul·e avec enfant(s)",
        Household.Couple => "Couple",
        Household.CoupleWithChildren => "Couple avec enfant(s)",
        _ => household.ToString(),
    };

    public static string French(this GrantKind kind) => kind switch
    {
        GrantKind.IncomeComplement => "Complément de revenu",
        GrantKind.Investment => "Investissement",
        GrantKind.Training => "Formation",
        _ => kind.ToString(),
    };

    public static string French(this GrantEndReason reason) => reason switch
    {
        GrantEndReason.Job => "Emploi",
        GrantEndReason.Training => "Formation",
        GrantEndReason.BusinessCreation => "Création d'entreprise",
        GrantEndReason.BackToEmploymentCompany => "Retour ou entrée dans une EBE",
        GrantEndReason.Other => "Autre",
        _ => reason.ToString(),
    };

    public static string French(this PoolResourceKind kind) => kind switch
    {
        PoolResourceKind.LocalAuthorityGrant => "Subvention d'une collectivité",
        PoolResourceKind.FoundationGrant => "Subvention d'une fondation",
        PoolResourceKind.Other => "Autre ressource",
        _ => kind.ToString(),
    };
}
