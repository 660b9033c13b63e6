using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.People;

public sealed class ProposalInput
{
    [Range(1, int.MaxValue, ErrorMessage = "Choisissez la personne proposée.")]
    public int PersonId { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Choisissez l'EBE.")]
    public int OrganisationId { get; set; }

    /// <summary>Required when the person is not the first of the waiting list.</summary>
    [StringLength(2000, ErrorMessage = "La raison ne peut dépasser 2 000 caractères.")]
    public string? Reason { get; set; }
}
