namespace DroitEmploi.Core.Features.Commerce;

/// <summary>The category of operation an invoice must state since the 2026 rules.</summary>
public enum OperationCategory
{
    Services,
    Goods,
    Both,
}
