namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>An organisation sharing the cost, on one of its activities or on its structure, with its weight for fixed keys.</summary>
public class SharedCostParty
{
    public int OrganisationId { get; set; }
    public int? ActivityId { get; set; }
    public decimal Weight { get; set; }
}
