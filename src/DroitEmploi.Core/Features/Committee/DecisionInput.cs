using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Committee;

public sealed class DecisionInput
{
    [Required(ErrorMessage = "Écrivez le texte de la décision.")]
    [StringLength(5000, ErrorMessage = "Le texte ne peut dépasser 5 000 caractères.")]
    public string Text { get; set; } = "";

    public AgendaKind SubjectKind { get; set; } = AgendaKind.Other;
    public int? SubjectId { get; set; }
    public DecisionEffect Effect { get; set; }

    /// <summary>For an objection: how it ends.</summary>
    public Activities.ObjectionOutcome? ObjectionOutcome { get; set; }

    [StringLength(1000, ErrorMessage = "Le nouveau périmètre ne peut dépasser 1 000 caractères.")]
    public string? NewScope { get; set; }

    public VoteKind Vote { get; set; }

    [Range(0, 500, ErrorMessage = "De 0 à 500 voix.")]
    public int? For { get; set; }

    [Range(0, 500, ErrorMessage = "De 0 à 500 voix.")]
    public int? Against { get; set; }

    [Range(0, 500, ErrorMessage = "De 0 à 500 voix.")]
    public int? Abstentions { get; set; }

    public bool Public { get; set; } = true;
}
