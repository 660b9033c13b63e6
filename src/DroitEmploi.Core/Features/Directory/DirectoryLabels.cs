namespace DroitEmploi.Core.Features.Directory;

public static class DirectoryLabels
{
    public static string French(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.EmploymentCompany => "Entreprise à but d'emploi (EBE)",
        OrganisationKind.Kpa => "KPA (coopérative de quartier)",
        OrganisationKind.Cae => "Coopérative d'activité et d'emploi (CAE)",
        OrganisationKind.TransitionCooperative => "Coopérative de transition écologique (CTE)",
        OrganisationKind.Association => "Association",
        OrganisationKind.IaeStructure => "Structure d'insertion (IAE)",
        OrganisationKind.SocialCentre => "Centre social",
        OrganisationKind.LocalCompany => "Entreprise locale",
        OrganisationKind.PublicBody => "Organisme public",
        OrganisationKind.Funder => "Financeur",
        _ => "Autre",
    };

    public static string French(this TerritoryRole role) => role switch
    {
        TerritoryRole.EmploymentCompany => "EBE du territoire",
        TerritoryRole.Cooperative => "Coopérative du territoire",
        TerritoryRole.FinancialPartner => "Partenaire financier",
        TerritoryRole.Prescriber => "Prescripteur",
        TerritoryRole.Trainer => "Organisme de formation",
        TerritoryRole.Partner => "Partenaire",
        TerritoryRole.CommitteeMember => "Membre du CLE",
        TerritoryRole.EconomicActor => "Acteur économique local",
        _ => role.ToString(),
    };
}
