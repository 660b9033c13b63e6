using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Committee;

public sealed class MeetingInput
{
    [Required(ErrorMessage = "Indiquez la date de la réunion.")]
    public DateTime? HeldAt { get; set; }

    [StringLength(200, ErrorMessage = "Le lieu ne peut dépasser 200 caractères.")]
    public string? Place { get; set; }

    [MaxLength(50, ErrorMessage = "Cinquante points à l'ordre du jour au plus.")]
    public List<AgendaItemInput> Agenda { get; set; } = [];

    [MaxLength(500, ErrorMessage = "Cinq cents présents au plus.")]
    public List<int> MemberIds { get; set; } = [];

    [StringLength(20000, ErrorMessage = "Le compte rendu ne peut dépasser 20 000 caractères.")]
    public string? Minutes { get; set; }

    public int? Version { get; set; }
}
