namespace DroitEmploi.Core.Features.Access;

/// <summary>Where a role is held.</summary>
public enum MembershipScope
{
    Platform,
    Territory,
    Organisation,
}
