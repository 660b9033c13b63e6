namespace DroitEmploi.Core.Features.Public;

/// <summary>A territory as anyone may list it: its name leads to its public figures.</summary>
public sealed record PublicTerritory(int Id, string Name);
