using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class PayRequestInput
{
    [Range(0.01, 100000.0, ErrorMessage = "Le montant demandé est positif, au plus 100 000 €.")]
    public decimal Amount { get; set; }

    /// <summary>The collective decision that allows an advance beyond the balance (date and subject of the meeting).</summary>
    [StringLength(300, ErrorMessage = "La décision ne peut dépasser 300 caractères.")]
    public string? AdvanceDecision { get; set; }
}
