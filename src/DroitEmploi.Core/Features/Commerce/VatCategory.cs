namespace DroitEmploi.Core.Features.Commerce;

/// <summary>Which VAT rate a line takes; the rates themselves are dated parameters.</summary>
public enum VatCategory
{
    Standard,
    Intermediate,
    Reduced,
    SuperReduced,
    /// <summary>No VAT on the line (exempt operation, or an issuer that is not liable).</summary>
    None,
}
