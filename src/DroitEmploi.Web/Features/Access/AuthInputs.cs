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

public sealed record RefreshInput
{
    [Required(ErrorMessage = "Envoyez le jeton de renouvellement (refreshToken) reçu à la connexion.")]
    [MaxLength(8192, ErrorMessage = "Ce jeton de renouvellement est trop long.")]
    public string? RefreshToken { get; init; }
}

public sealed record PasswordChangeInput
{
    [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
    [MaxLength(256, ErrorMessage = "Le mot de passe fait 256 caractères au plus.")]
    public string? CurrentPassword { get; init; }

    [Required(ErrorMessage = "Saisissez le nouveau mot de passe.")]
    [MaxLength(256, ErrorMessage = "Le mot de passe fait 256 caractères au plus.")]
    public string? NewPassword { get; init; }
}
