namespace DroitEmploi.Core.Features.Directory;

public sealed record TerritoryLinkView(int TerritoryId, string TerritoryName, TerritoryRole Role);
