namespace DroitEmploi.Core.Features.People;

public sealed record StateCount(PathState State, int Count);
