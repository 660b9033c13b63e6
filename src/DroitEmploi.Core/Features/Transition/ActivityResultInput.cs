using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class ActivityResultInput
{
    [Required(ErrorMessage = "Indiquez le mois.")]
    public DateOnly? Month { get; set; }

    [Range(0.0, 10000000.0, ErrorMessage = "Le chiffre d'affaires est compris entre 0 et 10 000 000 €.")]
    public decimal Turnover { get; set; }

    [Range(0.0, 10000000.0, ErrorMessage = "Les charges sont comprises entre 0 et 10 000 000 €.")]
    public decimal Costs { get; set; }

    public int? Version { get; set; }
}
