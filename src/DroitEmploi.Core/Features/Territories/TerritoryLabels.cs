namespace DroitEmploi.Core.Features.Territories;

public static class TerritoryLabels
{
    public static string French(this AreaKind kind) => kind == AreaKind.Commune ? "Commune" : "Quartier";

    public static string French(this PhaseKind kind) => kind switch
    {
        PhaseKind.Emergence => "Émergence",
        PhaseKind.CommitteeConstituted => "CLE constitué",
        PhaseKind.Habilitation => "Habilitation",
        PhaseKind.EmploymentCompanyOpening => "Ouverture d'EBE",
        _ => "Autre étape",
    };
}
