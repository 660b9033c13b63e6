namespace DroitEmploi.Core.Features.Committee;

/// <summary>What the next meeting should take up: activities awaiting the committee, reviews due, objections left open too long.</summary>
public sealed record AgendaSuggestion(AgendaKind Kind, int SubjectId, string Title, string Why);
