using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ConsultationInput
{
    public ConsultedKind Kind { get; set; }

    [Required(ErrorMessage = "Nommez l'organisme consulté.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string ConsultedName { get; set; } = "";

    /// <summary>The organisation of the directory, when it is one.</summary>
    public int? OrganisationId { get; set; }

    public DateOnly? SentOn { get; set; }

    /// <summary>Empty: the sending date plus the setting (15 days).</summary>
    public DateOnly? Deadline { get; set; }

    public ConsultationAnswer? Answer { get; set; }
    public DateOnly? AnsweredOn { get; set; }

    [StringLength(2000, ErrorMessage = "Le commentaire ne peut dépasser 2 000 caractères.")]
    public string? Comment { get; set; }

    public int? Version { get; set; }
}
