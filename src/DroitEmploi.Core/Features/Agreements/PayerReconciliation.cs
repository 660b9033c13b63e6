namespace DroitEmploi.Core.Features.Agreements;

/// <summary>What a payer owes for the year (to date) and what it paid: a positive balance is still owed to the EBE, a negative one is to repay.</summary>
public sealed record PayerReconciliation(FundingPayer Payer, decimal Contribution, decimal SeedGrant, decimal BalanceComplement, decimal Received)
{
    public decimal Due => Contribution + SeedGrant + BalanceComplement;
    public decimal Balance => Due - Received;
}
