namespace DroitEmploi.Core.Features.Cooperatives;

public enum PayRequestStatus
{
    /// <summary>Asked by the cooperant, not yet sent to the CAE.</summary>
    Requested,
    /// <summary>Submitted by the KPA referent to the portage structure.</summary>
    Submitted,
    Validated,
    Rejected,
}
