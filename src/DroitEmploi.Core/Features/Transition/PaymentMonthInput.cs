using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class PaymentMonthInput
{
    [Required(ErrorMessage = "Indiquez le mois à verser.")]
    public DateOnly? Month { get; set; }
}
