using DroitEmploi.Core.Features.Employment;

namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>A contract as labour: its facts, and the activities its hours go to when no published schedule says otherwise.</summary>
public sealed record LabourContract(int Id, ContractFacts Facts, IReadOnlyList<int> DefaultActivityIds);
