namespace DroitEmploi.Core.Features.Transition;

/// <summary>Money that comes into the pool from outside the activities.</summary>
public enum PoolResourceKind
{
    LocalAuthorityGrant,
    FoundationGrant,
    Other,
}
