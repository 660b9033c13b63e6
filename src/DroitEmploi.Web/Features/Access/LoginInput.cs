using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Web.Features.Access;

public sealed record LoginInput
{
    [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
    [MaxLength(256, ErrorMessage = "L'adresse électronique fait 256 caractères au plus.")]
    public string? Email { get; init; }

    [Required(ErrorMessage = "Saisissez votre mot de passe.")]
    [MaxLength(256, ErrorMessage = "Le mot de passe fait 256 caractères au plus.")]
    public string? Password { get; init; }
}
