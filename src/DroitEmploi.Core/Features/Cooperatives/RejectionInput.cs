using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class RejectionInput
{
    [StringLength(500, ErrorMessage = "Le motif ne peut dépasser 500 caractères.")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}
