using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class SpinOffInput
{
    [Required(ErrorMessage = "Indiquez la date de l'essaimage.")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "Indiquez le SIREN de l'entreprise créée.")]
    [StringLength(11, ErrorMessage = "Le SIREN compte 9 chiffres.")]
    public string Siren { get; set; } = "";

    public int? Version { get; set; }
}
