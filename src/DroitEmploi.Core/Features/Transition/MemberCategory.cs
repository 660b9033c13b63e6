namespace DroitEmploi.Core.Features.Transition;

/// <summary>The colleges of a SCIC's members: inhabitants, firms, experts, local authorities.</summary>
public enum MemberCategory
{
    Inhabitants,
    Firms,
    Experts,
    LocalAuthorities,
}
