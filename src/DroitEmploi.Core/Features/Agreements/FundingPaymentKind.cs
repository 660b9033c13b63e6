namespace DroitEmploi.Core.Features.Agreements;

public enum FundingPaymentKind
{
    /// <summary>The monthly contribution to employment development, for a month.</summary>
    Contribution,

    /// <summary>The seed grant, computed on 31 December.</summary>
    SeedGrant,

    /// <summary>The temporary balance complement the agreement granted.</summary>
    BalanceComplement,
}
