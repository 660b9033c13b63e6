namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>One cooperant's part of a month's sharing: what they realised, and their share.</summary>
public sealed record SharingLine(int CooperantId, string Name, decimal Turnover, decimal DirectCosts, decimal Hours, decimal Share);
