namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>What funders and CLE members read of a KPA: counts by stage and exits by reason, on a date.</summary>
public sealed record KpaFigures(DateOnly At, int Present, IReadOnlyDictionary<JourneyStage, int> ByStage, int WithoutStage, IReadOnlyDictionary<ExitReason, int> ExitsByReason);
