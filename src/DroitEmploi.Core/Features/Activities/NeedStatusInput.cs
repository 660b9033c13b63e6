using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Activities;

public sealed class NeedStatusInput
{
    /// <summary>Studied or Dropped; a need becomes an activity when an activity is proposed from it.</summary>
    public NeedStatus To { get; set; }

    [StringLength(500, ErrorMessage = "La raison ne peut dépasser 500 caractères.")]
    public string? Reason { get; set; }
}
