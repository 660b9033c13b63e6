namespace DroitEmploi.Core.Features.SharedCosts;

public enum SharedCostKind
{
    Premises,
    Vehicle,
    Tools,
    Other,
}
