using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Web.Features.Access;

public sealed record RefreshInput
{
    [Required(ErrorMessage = "Envoyez le jeton de renouvellement (refreshToken) reçu à la connexion.")]
    [MaxLength(8192, ErrorMessage = "Ce jeton de renouvellement est trop long.")]
    public string? RefreshToken { get; init; }
}
