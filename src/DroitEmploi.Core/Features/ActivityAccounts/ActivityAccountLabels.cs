namespace DroitEmploi.Core.Features.ActivityAccounts;

public static class ActivityAccountLabels
{
    public static string French(this PurchaseCategory category) => category switch
    {
        PurchaseCategory.Supplies => "Fournitures et matières",
        PurchaseCategory.Subcontracting => "Sous-traitance",
        PurchaseCategory.Vehicles => "Véhicules et carburant",
        PurchaseCategory.Premises => "Locaux",
        PurchaseCategory.Equipment => "Équipement",
        PurchaseCategory.Services => "Services extérieurs",
        _ => "Autre",
    };
}
