using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ObjectionOutcomeInput
{
    public ObjectionOutcome Outcome { get; set; }

    [Required(ErrorMessage = "Choisissez la décision du comité qui clôt le signalement.")]
    public int? DecisionId { get; set; }

    [StringLength(1000, ErrorMessage = "Le nouveau périmètre ne peut dépasser 1 000 caractères.")]
    public string? NewScope { get; set; }
}
