namespace DroitEmploi.Core.Features.People;

public sealed record TransitionView(PathState From, PathState To, DateTime At, string By, string? Reason, Orientation? Orientation, int? OrganisationId);
