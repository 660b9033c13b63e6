namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A stretch of one contract: the first signature, or one of its renewals; an exit cuts it short.</summary>
public sealed record ContractPeriod(CooperantContractKind Kind, string? Number, DateOnly Start, DateOnly? End, int Renewal)
{
    public bool Covers(DateOnly day) => Start <= day && (End is null || End >= day);

    public int CapeMonths => Kind == CooperantContractKind.Cape && End is { } end ? CapeLimits.Months(Start, end) : 0;
}
