namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>The legal frame of a cooperant: a CAPE most often; a CESA, volunteering or membership in some KPA.</summary>
public enum CooperantContractKind
{
    Cape,
    Cesa,
    Volunteering,
    Membership,
}
