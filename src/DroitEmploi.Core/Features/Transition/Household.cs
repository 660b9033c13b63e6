namespace DroitEmploi.Core.Features.Transition;

/// <summary>The household a grid's amounts depend on.</summary>
public enum Household
{
    Alone,
    AloneWithChildren,
    Couple,
    CoupleWithChildren,
}
