namespace DroitEmploi.Core.Features.Territories;

public sealed record PhaseView(PhaseKind Kind, DateOnly Date, string Label);
