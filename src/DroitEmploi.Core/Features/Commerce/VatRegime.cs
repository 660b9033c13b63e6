namespace DroitEmploi.Core.Features.Commerce;

/// <summary>How an issuer stands with VAT: it decides the rates on its lines and the mention on its invoices.</summary>
public enum VatRegime
{
    /// <summary>An association outside commercial activity: no VAT.</summary>
    NotLiable,
    /// <summary>Franchise en base: no VAT, and "TVA non applicable, art. 293 B du CGI" on every invoice.</summary>
    Franchise,
    Liable,
}
