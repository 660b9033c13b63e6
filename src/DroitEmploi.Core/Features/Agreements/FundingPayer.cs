namespace DroitEmploi.Core.Features.Agreements;

/// <summary>Who pays an EBE's public funding: the fund (the State's contribution, the seed grant, the balance complement) or the département.</summary>
public enum FundingPayer
{
    Fund,
    Department,
}
