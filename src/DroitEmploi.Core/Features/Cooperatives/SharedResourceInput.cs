using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class SharedResourceInput
{
    [Required(ErrorMessage = "Donnez un titre.")]
    [StringLength(200, ErrorMessage = "Le titre ne peut dépasser 200 caractères.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Donnez le lien.")]
    [StringLength(500, ErrorMessage = "Le lien ne peut dépasser 500 caractères.")]
    public string Link { get; set; } = "";

    [MaxLength(10, ErrorMessage = "10 mots-clés au plus.")]
    public List<string> Tags { get; set; } = [];
}
