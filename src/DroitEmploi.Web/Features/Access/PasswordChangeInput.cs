using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Web.Features.Access;

public sealed record PasswordChangeInput
{
    [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
    [MaxLength(256, ErrorMessage = "Le mot de passe fait 256 caractères au plus.")]
    public string? CurrentPassword { get; init; }

    [Required(ErrorMessage = "Saisissez le nouveau mot de passe.")]
    [MaxLength(256, ErrorMessage = "Le mot de passe fait 256 caractères au plus.")]
    public string? NewPassword { get; init; }
}
