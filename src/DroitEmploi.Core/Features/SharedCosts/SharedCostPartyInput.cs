using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.SharedCosts;

public sealed class SharedCostPartyInput
{
    [Range(1, int.MaxValue, ErrorMessage = "Indiquez la structure qui partage cette charge.")]
    public int OrganisationId { get; set; }

    public int? ActivityId { get; set; }

    [Range(0.0, 1000000.0, ErrorMessage = "Le poids (m², effectif, parts) est compris entre 0 et 1 000 000.")]
    public decimal Weight { get; set; }
}
