namespace DroitEmploi.Core.Features.SharedCosts;

public static class SharedCostLabels
{
    public static string French(this SharedCostKind kind) => kind switch
    {
        SharedCostKind.Premises => "Locaux",
        SharedCostKind.Vehicle => "Véhicule",
        SharedCostKind.Tools => "Outils",
        _ => "Autre",
    };

    public static string French(this AllocationKey key) => key switch
    {
        AllocationKey.HoursOfUse => "heures d'usage",
        AllocationKey.Kilometres => "kilomètres",
        AllocationKey.SquareMetres => "mètres carrés",
        AllocationKey.Headcount => "effectif",
        _ => "parts fixes",
    };
}
