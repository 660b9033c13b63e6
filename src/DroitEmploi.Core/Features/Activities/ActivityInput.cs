using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ActivityInput
{
    [Required(ErrorMessage = "Nommez l'activité.")]
    [StringLength(120, ErrorMessage = "Le nom ne peut dépasser 120 caractères.")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "Le pôle ne peut dépasser 100 caractères.")]
    public string? Division { get; set; }

    [StringLength(2000, ErrorMessage = "La description ne peut dépasser 2 000 caractères.")]
    public string? Description { get; set; }

    [StringLength(10, ErrorMessage = "Un code NAF s'écrit comme « 45.20A ».")]
    public string? NafCode { get; set; }

    [MaxLength(20, ErrorMessage = "Vingt mots-clés au plus.")]
    public List<string> Tags { get; set; } = [];

    [StringLength(300, ErrorMessage = "Les publics ne peuvent dépasser 300 caractères.")]
    public string? TargetCustomers { get; set; }

    [StringLength(300, ErrorMessage = "Le lieu ne peut dépasser 300 caractères.")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "La politique de prix ne peut dépasser 500 caractères.")]
    public string? PricingPolicy { get; set; }

    public ProposerKind ProposedByKind { get; set; }

    [StringLength(200, ErrorMessage = "Le nom de qui propose ne peut dépasser 200 caractères.")]
    public string? ProposedBy { get; set; }

    /// <summary>The territory where it is done, when the organisation works on several.</summary>
    public int? TerritoryId { get; set; }

    /// <summary>The need of the territory it answers, if any.</summary>
    public int? TerritoryNeedId { get; set; }

    public int? Version { get; set; }
}
