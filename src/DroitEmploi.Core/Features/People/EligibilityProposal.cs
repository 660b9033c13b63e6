namespace DroitEmploi.Core.Features.People;

/// <summary>What the system proposes; the CLE team decides, on evidence.</summary>
public sealed record EligibilityProposal(bool Eligible, IReadOnlyList<string> Reasons, DateOnly? ConditionsMetOn);
