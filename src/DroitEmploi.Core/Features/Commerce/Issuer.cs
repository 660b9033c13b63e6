using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// The identity printed on an organisation's invoices: legal name, address, SIREN, VAT, penalties,
/// terms and bank details, and how its documents are numbered. A CAE issuing for the cooperants it
/// carries is an issuer too; each organisation has one issuer profile of its own.
/// </summary>
public class Issuer : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public string LegalName { get; set; } = "";
    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public string Siren { get; set; } = "";
    public string? Siret { get; set; }
    public string? VatNumber { get; set; }
    public VatRegime VatRegime { get; set; }
    /// <summary>Late-payment penalty rate, a yearly rate (at least three times the legal interest rate).</summary>
    public decimal PenaltyRate { get; set; }
    public int PaymentTermDays { get; set; } = 30;
    public string Iban { get; set; } = "";
    public string? Bic { get; set; }
    public string InvoicePattern { get; set; } = NumberPattern.DefaultInvoices;
    public string CreditNotePattern { get; set; } = NumberPattern.DefaultCreditNotes;
    public string QuotePattern { get; set; } = NumberPattern.DefaultQuotes;
    public int QuoteValidityDays { get; set; } = 30;
    /// <summary>The logo printed on the issuer's documents (PNG or JPEG), and its content type.</summary>
    public byte[]? Logo { get; set; }
    public string? LogoContentType { get; set; }

    /// <summary>Sets the logo after checking it is a small PNG or JPEG; null removes it.</summary>
    public void SetLogo(byte[]? content)
    {
        LogoContentType = content is null ? null : IssuerLogo.ContentType(content);
        Logo = content;
    }

    /// <summary>The pattern a document of this kind is numbered with.</summary>
    public string PatternFor(InvoiceKind kind) => kind switch
    {
        InvoiceKind.CreditNote => CreditNotePattern,
        InvoiceKind.Quote => QuotePattern,
        _ => InvoicePattern,
    };

    public static Issuer For(int organisationId, IssuerInput input)
    {
        var issuer = new Issuer { OrganisationId = organisationId };
        issuer.Revise(input);
        return issuer;
    }

    /// <summary>Changes the profile; invoices already validated keep the identity they were issued with.</summary>
    public void Revise(IssuerInput input)
    {
        if (!Commerce.Siren.IsSiren(input.Siren))
        {
            throw ValidationFailedException.For("siren", "Le SIREN doit avoir 9 chiffres et une clé valide.");
        }
        if (!string.IsNullOrWhiteSpace(input.Siret) && (!Commerce.Siren.IsSiret(input.Siret) || !Commerce.Siren.Digits(input.Siret).StartsWith(Commerce.Siren.Digits(input.Siren), StringComparison.Ordinal)))
        {
            throw ValidationFailedException.For("siret", "Le SIRET doit avoir 14 chiffres, commencer par le SIREN et avoir une clé valide.");
        }
        if (input.VatRegime == VatRegime.Liable && string.IsNullOrWhiteSpace(input.VatNumber))
        {
            throw ValidationFailedException.For("vatNumber", "Un émetteur assujetti à la TVA indique son numéro de TVA intracommunautaire.");
        }
        if (!Commerce.Iban.IsValid(input.Iban))
        {
            throw ValidationFailedException.For("iban", "Cet IBAN n'est pas valide : vérifiez-le sur le RIB (la clé ne correspond pas).");
        }
        NumberPattern.Check(input.InvoicePattern, "invoicePattern");
        NumberPattern.Check(input.CreditNotePattern, "creditNotePattern");
        NumberPattern.Check(input.QuotePattern, "quotePattern");
        var sample = new DateOnly(2000, 1, 1);
        if (NumberPattern.Scope(input.InvoicePattern, sample) == NumberPattern.Scope(input.CreditNotePattern, sample))
        {
            throw ValidationFailedException.For("creditNotePattern", "Les avoirs ont leur propre série : donnez-leur un autre préfixe que les factures.");
        }
        if (NumberPattern.Scope(input.QuotePattern, sample) is var quotes && (quotes == NumberPattern.Scope(input.InvoicePattern, sample) || quotes == NumberPattern.Scope(input.CreditNotePattern, sample)))
        {
            throw ValidationFailedException.For("quotePattern", "Les devis ont leur propre série : donnez-leur un autre préfixe que les factures et les avoirs.");
        }
        LegalName = input.LegalName.Trim();
        Street = input.Street.Trim();
        PostalCode = input.PostalCode.Trim();
        City = input.City.Trim();
        Siren = Commerce.Siren.Digits(input.Siren);
        Siret = string.IsNullOrWhiteSpace(input.Siret) ? null : Commerce.Siren.Digits(input.Siret);
        VatNumber = string.IsNullOrWhiteSpace(input.VatNumber) ? null : input.VatNumber.Trim().ToUpperInvariant();
        VatRegime = input.VatRegime;
        PenaltyRate = input.PenaltyRate;
        PaymentTermDays = input.PaymentTermDays;
        Iban = Commerce.Iban.Normalize(input.Iban);
        Bic = string.IsNullOrWhiteSpace(input.Bic) ? null : input.Bic.Trim().ToUpperInvariant();
        InvoicePattern = input.InvoicePattern.Trim();
        CreditNotePattern = input.CreditNotePattern.Trim();
        QuotePattern = input.QuotePattern.Trim();
        QuoteValidityDays = input.QuoteValidityDays;
    }
}
