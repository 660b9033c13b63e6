namespace DroitEmploi.Core.Features.People;

/// <summary>What the system proposes; the CLE team decides, on evidence. <see cref="Unmet"/> are the reasons that are conditions not met.</summary>
public sealed record EligibilityProposal(bool Eligible, IReadOnlyList<string> Reasons, DateOnly? ConditionsMetOn, IReadOnlyList<string> Unmet);
