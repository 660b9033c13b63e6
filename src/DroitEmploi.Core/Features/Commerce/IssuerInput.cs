using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Commerce;

public sealed class IssuerInput
{
    [Required(ErrorMessage = "Indiquez la raison sociale.")]
    [StringLength(200, ErrorMessage = "La raison sociale ne peut dépasser 200 caractères.")]
    public string LegalName { get; set; } = "";
    [Required(ErrorMessage = "Indiquez l'adresse.")]
    [StringLength(200, ErrorMessage = "L'adresse ne peut dépasser 200 caractères.")]
    public string Street { get; set; } = "";
    [Required(ErrorMessage = "Indiquez le code postal.")]
    [RegularExpression(@"^\d{5}$", ErrorMessage = "Le code postal a 5 chiffres.")]
    public string PostalCode { get; set; } = "";
    [Required(ErrorMessage = "Indiquez la commune.")]
    [StringLength(100, ErrorMessage = "La commune ne peut dépasser 100 caractères.")]
    public string City { get; set; } = "";
    [Required(ErrorMessage = "Indiquez le SIREN.")]
    [StringLength(20)]
    public string Siren { get; set; } = "";
    [StringLength(20)]
    public string? Siret { get; set; }
    [StringLength(20, ErrorMessage = "Le numéro de TVA ne peut dépasser 20 caractères.")]
    [RegularExpression(@"^[A-Za-z]{2}[A-Za-z0-9 ]{2,18}$", ErrorMessage = "Le numéro de TVA commence par le code du pays, par exemple FR12345678901.")]
    public string? VatNumber { get; set; }
    public VatRegime VatRegime { get; set; } = VatRegime.Franchise;
    [Range(0d, 1d, ErrorMessage = "Le taux de pénalités est une part entre 0 et 1 (0,1 pour 10 %).")]
    public decimal PenaltyRate { get; set; } = 0.10m;
    [Range(0, 60, ErrorMessage = "Le délai de paiement ne peut dépasser 60 jours (Code de commerce, art. L441-10).")]
    public int PaymentTermDays { get; set; } = 30;
    [Required(ErrorMessage = "Indiquez l'IBAN.")]
    [StringLength(50)]
    public string Iban { get; set; } = "";
    [StringLength(11)]
    [RegularExpression(@"^[A-Za-z0-9]{8}([A-Za-z0-9]{3})?$", ErrorMessage = "Le BIC a 8 ou 11 lettres et chiffres.")]
    public string? Bic { get; set; }
    [Required(ErrorMessage = "Donnez le modèle de numéro des factures.")]
    [StringLength(40, ErrorMessage = "Le modèle de numéro ne peut dépasser 40 caractères.")]
    public string InvoicePattern { get; set; } = NumberPattern.DefaultInvoices;
    [Required(ErrorMessage = "Donnez le modèle de numéro des avoirs.")]
    [StringLength(40, ErrorMessage = "Le modèle de numéro ne peut dépasser 40 caractères.")]
    public string CreditNotePattern { get; set; } = NumberPattern.DefaultCreditNotes;
    [Required(ErrorMessage = "Donnez le modèle de numéro des devis.")]
    [StringLength(40, ErrorMessage = "Le modèle de numéro ne peut dépasser 40 caractères.")]
    public string QuotePattern { get; set; } = NumberPattern.DefaultQuotes;
    [Range(1, 365, ErrorMessage = "Un devis vaut de 1 à 365 jours.")]
    public int QuoteValidityDays { get; set; } = 30;
    public int? Version { get; set; }

    public static IssuerInput Of(IssuerView issuer) => new()
    {
        LegalName = issuer.LegalName,
        Street = issuer.Street,
        PostalCode = issuer.PostalCode,
        City = issuer.City,
        Siren = issuer.Siren,
        Siret = issuer.Siret,
        VatNumber = issuer.VatNumber,
        VatRegime = issuer.VatRegime,
        PenaltyRate = issuer.PenaltyRate,
        PaymentTermDays = issuer.PaymentTermDays,
        Iban = issuer.Iban,
        Bic = issuer.Bic,
        InvoicePattern = issuer.InvoicePattern,
        CreditNotePattern = issuer.CreditNotePattern,
        QuotePattern = issuer.QuotePattern,
        QuoteValidityDays = issuer.QuoteValidityDays,
        Version = issuer.Version,
    };
}
