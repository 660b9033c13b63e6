using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Commerce;

public sealed class PaymentInput
{
    public DateOnly? PaidOn { get; set; }
    public PaymentMeans Means { get; set; } = PaymentMeans.Transfer;
    [Range(0.01, 10_000_000, ErrorMessage = "Le montant est compris entre 0,01 et 10 000 000 €.")]
    public decimal Amount { get; set; }
    [StringLength(100, ErrorMessage = "La référence ne peut dépasser 100 caractères.")]
    public string? Reference { get; set; }
    public int? Version { get; set; }
}
