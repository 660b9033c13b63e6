namespace DroitEmploi.Core.Features.Activities;

public sealed record ActivitySummary(
    int Id, string Name, int OrganisationId, string OrganisationName, int TerritoryId, string? Division, string? NafCode,
    ActivityStatus Status, DateTime StatusSince, DateOnly? NextReviewOn, int OpenObjections);
