namespace DroitEmploi.Core.Features.Projection;

/// <summary>A territory's pace by month: new candidacies, hires in its EBE, people leaving the list otherwise, and the hours a contract is for.</summary>
public sealed record ProjectionPace(decimal NewCandidaciesPerMonth, decimal HiresPerMonth, decimal ListExitsPerMonth, decimal AverageWeeklyHours);
