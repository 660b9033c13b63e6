using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.People;

public sealed class PathChangeInput
{
    /// <summary>Withdrawn, Oriented, or Eligible/Candidate to come back to the list.</summary>
    public PathState To { get; set; }

    public Orientation? Orientation { get; set; }

    /// <summary>The KPA a person is oriented to: their cooperant record is created there, linked to this one.</summary>
    public int? KpaId { get; set; }

    /// <summary>The transition cooperative a person is oriented to for an RTE: a member record to be is created there, linked to this one.</summary>
    public int? CteId { get; set; }

    [Required(ErrorMessage = "Écrivez la raison de ce changement.")]
    [StringLength(2000, MinimumLength = 3, ErrorMessage = "La raison compte de 3 à 2 000 caractères.")]
    public string Reason { get; set; } = "";
}
