using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Agreements;

public sealed class FundingPaymentInput
{
    [Required(ErrorMessage = "Indiquez qui a versé : le fonds ou le département.")]
    public FundingPayer? Payer { get; set; }

    [Required(ErrorMessage = "Indiquez ce que le versement finance : la contribution d'un mois, la dotation d'amorçage ou le complément d'équilibre.")]
    public FundingPaymentKind? Kind { get; set; }

    [Required(ErrorMessage = "Indiquez l'année que le versement finance.")]
    [Range(2016, 2100, ErrorMessage = "L'année s'écrit sur 4 chiffres, de 2016 à 2100.")]
    public int? Year { get; set; }

    [Range(1, 12, ErrorMessage = "Le mois est compris entre 1 et 12.")]
    public int? Month { get; set; }

    [Required(ErrorMessage = "Indiquez la date de réception sur le compte.")]
    public DateOnly? ReceivedOn { get; set; }

    [Required(ErrorMessage = "Indiquez le montant reçu.")]
    [Range(-10000000.0, 10000000.0, ErrorMessage = "Le montant est compris entre −10 000 000 et 10 000 000 €.")]
    public decimal? Amount { get; set; }

    [StringLength(100, ErrorMessage = "La référence ne peut dépasser 100 caractères.")]
    public string? Reference { get; set; }
}
