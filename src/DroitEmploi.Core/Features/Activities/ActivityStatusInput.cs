using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ActivityStatusInput
{
    public ActivityStatus To { get; set; }

    /// <summary>The committee's decision, required to validate, reorganise or abandon an activity it holds.</summary>
    public int? DecisionId { get; set; }

    [StringLength(1000, ErrorMessage = "La raison ne peut dépasser 1 000 caractères.")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}
