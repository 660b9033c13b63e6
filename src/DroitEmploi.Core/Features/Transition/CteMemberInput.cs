using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class CteMemberInput
{
    public MemberCategory Category { get; set; }

    /// <summary>A firm's, an authority's or a newcomer's name; left empty for a volunteer of the registry.</summary>
    [StringLength(160, ErrorMessage = "Le nom ne peut dépasser 160 caractères.")]
    public string? Name { get; set; }

    /// <summary>A volunteer of the registry oriented to an RTE, or an EBE employee: the name is read from there.</summary>
    public int? PersonId { get; set; }

    public DateOnly? JoinedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    [Range(1, 100000, ErrorMessage = "Le nombre de parts sociales est compris entre 1 et 100 000.")]
    public int Shares { get; set; } = 1;

    /// <summary>The account of an RTE holder that reads this record on their phone (it must hold the role Titulaire RTE of this CTE).</summary>
    [StringLength(256, ErrorMessage = "L'adresse ne peut dépasser 256 caractères.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide.")]
    public string? AccountEmail { get; set; }

    public int? Version { get; set; }
}
