using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Parameters;

public sealed class ParameterWithdrawalInput
{
    [Required(ErrorMessage = "Écrivez pourquoi cette valeur est retirée.")]
    [StringLength(500, ErrorMessage = "La raison ne peut dépasser 500 caractères.")]
    public string Reason { get; set; } = "";

    public bool ConfirmPastChanges { get; set; }
}
