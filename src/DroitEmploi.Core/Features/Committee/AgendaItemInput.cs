using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Committee;

public sealed class AgendaItemInput
{
    public AgendaKind Kind { get; set; }
    public int? SubjectId { get; set; }

    [StringLength(300, ErrorMessage = "Un point de l'ordre du jour ne peut dépasser 300 caractères.")]
    public string? Title { get; set; }
}
