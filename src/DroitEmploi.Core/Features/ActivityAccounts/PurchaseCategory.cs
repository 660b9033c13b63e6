namespace DroitEmploi.Core.Features.ActivityAccounts;

public enum PurchaseCategory
{
    Supplies,
    Subcontracting,
    Vehicles,
    Premises,
    Equipment,
    Services,
    Other,
}
