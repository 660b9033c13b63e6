using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.People;

public sealed class ProposalOutcomeInput
{
    public ProposalOutcome Outcome { get; set; }

    [StringLength(2000, ErrorMessage = "La raison ne peut dépasser 2 000 caractères.")]
    public string? Reason { get; set; }
}
