using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>
/// A person hired by an EBE of the territory during the year, without a name: the income support recorded before the
/// hire (null when the employee is not in the registry) and the share of the year under contract.
/// </summary>
public sealed record HiredPersonYear(IncomeSupport? Support, decimal PersonYears);
