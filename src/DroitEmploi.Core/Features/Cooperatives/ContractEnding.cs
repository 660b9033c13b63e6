namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A contract that ends within the KPA's reminder days with neither a renewal nor an exit recorded yet.</summary>
public sealed record ContractEnding(int CooperantId, string Name, string KpaName, string Referent, CooperantContractKind Contract, DateOnly EndsOn, int RenewalsLeft);
