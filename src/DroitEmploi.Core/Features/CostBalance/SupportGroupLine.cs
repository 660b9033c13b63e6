using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>The people hired grouped by their income support before the hire (null: not in the registry), counts without names.</summary>
public sealed record SupportGroupLine(IncomeSupport? Support, string Label, int People, decimal PersonYears, decimal AvoidedPerPersonYear, decimal Avoided);
