using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class NetworkMeetingInput
{
    [Required(ErrorMessage = "Indiquez la date de la rencontre.")]
    public DateOnly? HeldOn { get; set; }

    [StringLength(200, ErrorMessage = "Le lieu ne peut dépasser 200 caractères.")]
    public string? Place { get; set; }

    [Required(ErrorMessage = "Indiquez les KPA présents.")]
    [MaxLength(100, ErrorMessage = "100 KPA au plus.")]
    public List<int> KpaIds { get; set; } = [];

    [Required(ErrorMessage = "Écrivez les notes de la rencontre.")]
    [StringLength(4000, ErrorMessage = "Les notes tiennent en 4 000 caractères au plus.")]
    public string Notes { get; set; } = "";
}
