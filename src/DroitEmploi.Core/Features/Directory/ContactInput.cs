using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Directory;

public sealed class ContactInput
{
    [Required(ErrorMessage = "Chaque contact a un nom.")]
    [StringLength(200, ErrorMessage = "Le nom d'un contact ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "La fonction ne peut dépasser 200 caractères.")]
    public string? Function { get; set; }

    [EmailAddress(ErrorMessage = "Le courriel du contact n'est pas une adresse valide.")]
    [StringLength(200, ErrorMessage = "Le courriel ne peut dépasser 200 caractères.")]
    public string? Email { get; set; }

    [StringLength(30, ErrorMessage = "Le téléphone ne peut dépasser 30 caractères.")]
    public string? Phone { get; set; }
}
