using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.SharedCosts;

public sealed class UsageLineInput
{
    public int OrganisationId { get; set; }

    public int? ActivityId { get; set; }

    [Range(0.0, 1000000.0, ErrorMessage = "L'usage du mois (heures, kilomètres) est compris entre 0 et 1 000 000.")]
    public decimal Quantity { get; set; }
}
