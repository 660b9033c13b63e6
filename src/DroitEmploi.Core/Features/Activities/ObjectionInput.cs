using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ObjectionInput
{
    [Required(ErrorMessage = "Nommez qui signale la concurrence.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string ObjectorName { get; set; } = "";

    public int? OrganisationId { get; set; }

    [Required(ErrorMessage = "Décrivez ce qui est signalé.")]
    [StringLength(2000, ErrorMessage = "Le signalement ne peut dépasser 2 000 caractères.")]
    public string Grounds { get; set; } = "";

    public DateOnly? RaisedOn { get; set; }
}
