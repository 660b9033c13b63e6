using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class NoteInput
{
    [Required(ErrorMessage = "Indiquez la date de l'échange.")]
    public DateOnly? On { get; set; }

    public NoteTheme Theme { get; set; }

    public int? ContributorId { get; set; }

    [Required(ErrorMessage = "Écrivez la note.")]
    [StringLength(2000, ErrorMessage = "Une note tient en 2 000 caractères au plus.")]
    public string Text { get; set; } = "";
}
