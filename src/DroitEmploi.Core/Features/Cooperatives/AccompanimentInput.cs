namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>Who accompanies a cooperant (none: nobody yet).</summary>
public sealed class AccompanimentInput
{
    public int? ContributorId { get; set; }
}
