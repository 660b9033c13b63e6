using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Territories;

public sealed class PerimeterAreaInput
{
    public AreaKind Kind { get; set; }

    [Required(ErrorMessage = "Chaque zone du périmètre doit avoir un nom.")]
    [StringLength(200, ErrorMessage = "Le nom d'une zone ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";

    [RegularExpression(@"^(\d{5}|2[AB]\d{3})$", ErrorMessage = "Le code INSEE compte 5 caractères (ex. 59606, 2A004).")]
    public string? InseeCode { get; set; }

    [StringLength(200, ErrorMessage = "Le nom de la commune ne peut dépasser 200 caractères.")]
    public string? Commune { get; set; }
}
