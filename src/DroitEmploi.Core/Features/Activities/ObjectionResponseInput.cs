using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ObjectionResponseInput
{
    [Required(ErrorMessage = "Écrivez la réponse de la structure.")]
    [StringLength(2000, ErrorMessage = "La réponse ne peut dépasser 2 000 caractères.")]
    public string Response { get; set; } = "";
}
