namespace DroitEmploi.Core.Features.Employment;

public sealed record TrainingView(int Id, DateOnly Date, decimal Hours, TrainingKind Kind, string Title);
