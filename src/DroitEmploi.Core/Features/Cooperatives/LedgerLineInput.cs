using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A line the coordination records: turnover cashed, a direct cost, a cost the members share, or a transfer.</summary>
public sealed class LedgerLineInput
{
    public LedgerLineKind Kind { get; set; }

    [Required(ErrorMessage = "Indiquez la date.")]
    public DateOnly? On { get; set; }

    [Range(0.01, 10000000.0, ErrorMessage = "Le montant est positif, au plus 10 000 000 € ; le sens dépend du type de ligne.")]
    public decimal Amount { get; set; }

    /// <summary>Who realised the turnover or the cost; for a transfer, whose balance receives it (a negative amount is not needed).</summary>
    public int? CooperantId { get; set; }

    public bool Training { get; set; }

    [Required(ErrorMessage = "Indiquez le libellé.")]
    [StringLength(200, ErrorMessage = "Le libellé ne peut dépasser 200 caractères.")]
    public string Label { get; set; } = "";

    [Required(ErrorMessage = "Indiquez la source : numéro de facture, justificatif, décision du collectif…")]
    [StringLength(200, ErrorMessage = "La source ne peut dépasser 200 caractères.")]
    public string Source { get; set; } = "";
}
