using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.People;

public sealed class EligibilityDecisionInput
{
    /// <summary>Nothing is chosen in advance: the CLE says eligible or not.</summary>
    [Required(ErrorMessage = "Choisissez « éligible » ou « non éligible ».")]
    public bool? Eligible { get; set; }

    /// <summary>The date the situation was assessed at; today when empty.</summary>
    public DateOnly? AssessedOn { get; set; }

    // "evidence": null in JSON means none seen, as an empty list does: the rule then asks for a comment.
    [MaxLength(10, ErrorMessage = "Pas plus de 10 pièces.")]
    public List<EvidenceKind> Evidence { get => _evidence; set => _evidence = value ?? []; }

    private List<EvidenceKind> _evidence = [];

    [StringLength(2000, ErrorMessage = "Le commentaire ne peut dépasser 2 000 caractères.")]
    public string? Comment { get; set; }
}
