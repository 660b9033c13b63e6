namespace DroitEmploi.Core.Features.Activities;

/// <summary>An organisation the activity may compete with, and why it was listed.</summary>
public sealed record ActivityOverlap(int OrganisationId, string OrganisationName, string? NafCode, IReadOnlyList<string> Reasons);
