using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class CteInput
{
    /// <summary>The directory's organisation, when creating the profile.</summary>
    public int? OrganisationId { get; set; }

    [StringLength(60, ErrorMessage = "Le nom de la monnaie locale ne peut dépasser 60 caractères.")]
    public string? LocalCurrency { get; set; }

    [StringLength(300, ErrorMessage = "La convention ne peut dépasser 300 caractères.")]
    public string? RsaConvention { get; set; }

    public int? Version { get; set; }
}
