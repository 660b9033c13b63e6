using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Territories;

public sealed class TerritoryInput
{
    [Required(ErrorMessage = "Le nom du territoire est obligatoire.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "Le département ne peut dépasser 100 caractères.")]
    public string? Department { get; set; }

    public DateOnly? HabilitationDate { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "La population doit être un nombre positif.")]
    public int? Population { get; set; }

    [StringLength(4000, ErrorMessage = "La description ne peut dépasser 4 000 caractères.")]
    public string? Description { get; set; }

    [MaxLength(500, ErrorMessage = "Le périmètre ne peut compter plus de 500 zones.")]
    public List<PerimeterAreaInput> Perimeter { get; set; } = [];

    [MaxLength(50, ErrorMessage = "Pas plus de 50 ambitions.")]
    public List<AmbitionInput> Ambitions { get; set; } = [];

    [MaxLength(100, ErrorMessage = "Pas plus de 100 étapes.")]
    public List<PhaseInput> Phases { get; set; } = [];

    /// <summary>The version read before editing; required to update.</summary>
    public int Version { get; set; }
}
