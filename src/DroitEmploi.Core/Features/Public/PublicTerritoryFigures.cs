using DroitEmploi.Core.Features.Activities;

namespace DroitEmploi.Core.Features.Public;

/// <summary>
/// Where a territory stands, for anyone and without an account: jobs created against the ambition, people waiting,
/// hires and exits by quarter, who waits by sex and age, the EBE's turnover, the cost balance, the register of activities — every count
/// of people under the threshold secret (null), with the cells that would give it away (decision 0018).
/// </summary>
public sealed record PublicTerritoryFigures(
    int TerritoryId, string Name, DateOnly At, int Threshold, int MinimumOrganisations,
    int? AmbitionJobs, DateOnly? AmbitionDate, int? JobsCreated, int? PeopleWaiting, int EmploymentCompanies,
    ProtectedTable MovementsByQuarter, ProtectedTable WaitingBySexAndAge, PublicAmount Turnover,
    IReadOnlyList<PublicAmount> CostBalance, IReadOnlyList<PublicActivity> Activities);
