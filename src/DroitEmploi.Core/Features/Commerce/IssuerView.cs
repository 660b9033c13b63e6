namespace DroitEmploi.Core.Features.Commerce;

public sealed record IssuerView(
    int Id, int OrganisationId, string LegalName, string Street, string PostalCode, string City, string Siren, string? Siret, string? VatNumber,
    VatRegime VatRegime, decimal PenaltyRate, int PaymentTermDays, string Iban, string? Bic, string InvoicePattern, string CreditNotePattern, int Version,
    string QuotePattern = NumberPattern.DefaultQuotes, int QuoteValidityDays = 30, bool HasLogo = false)
{
    public static IssuerView Of(Issuer i) => new(i.Id, i.OrganisationId, i.LegalName, i.Street, i.PostalCode, i.City, i.Siren, i.Siret, i.VatNumber,
        i.VatRegime, i.PenaltyRate, i.PaymentTermDays, i.Iban, i.Bic, i.InvoicePattern, i.CreditNotePattern, i.Version, i.QuotePattern, i.QuoteValidityDays,
        i.Logo is not null);
}
