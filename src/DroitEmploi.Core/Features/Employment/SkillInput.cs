using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class SkillInput
{
    [Required(ErrorMessage = "Nommez le savoir-faire.")]
    [StringLength(100, ErrorMessage = "Le savoir-faire ne peut dépasser 100 caractères.")]
    public string Skill { get; set; } = "";

    public SkillLevel Level { get; set; }
}
