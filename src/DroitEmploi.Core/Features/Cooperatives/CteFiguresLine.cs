namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A transition cooperative in the cooperatives' figures: members, holders, RTE paid and the pool's resources of the year, spin-offs.</summary>
public sealed record CteFiguresLine(int Id, string Name, IReadOnlyList<string> Territories, int Members, int Holders, decimal RtePaid, decimal PoolResources, int SpinOffs);
