namespace DroitEmploi.Core.Features.People;

public sealed record AgeBandCount(string Band, int Count);
