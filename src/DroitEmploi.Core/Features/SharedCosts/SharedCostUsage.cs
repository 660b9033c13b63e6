namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>A party's use of the resource in a month (hours, kilometres), for the keys that follow use.</summary>
public class SharedCostUsage
{
    public int OrganisationId { get; set; }
    public int? ActivityId { get; set; }
    public DateOnly Month { get; set; }
    public decimal Quantity { get; set; }
}
