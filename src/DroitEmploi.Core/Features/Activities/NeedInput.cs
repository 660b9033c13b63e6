using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>Three fields an employee fills on her phone in under a minute.</summary>
public sealed class NeedInput
{
    [Required(ErrorMessage = "Dites ce qui manque.")]
    [StringLength(500, ErrorMessage = "Le besoin ne peut dépasser 500 caractères.")]
    public string What { get; set; } = "";

    [StringLength(200, ErrorMessage = "Le lieu ne peut dépasser 200 caractères.")]
    public string? Where { get; set; }

    [StringLength(200, ErrorMessage = "Le public ne peut dépasser 200 caractères.")]
    public string? ForWhom { get; set; }
}
