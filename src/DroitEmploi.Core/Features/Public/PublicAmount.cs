namespace DroitEmploi.Core.Features.Public;

/// <summary>An amount published only if enough organisations make it up; null otherwise, with how many do.</summary>
public sealed record PublicAmount(string Label, decimal? Amount, int Organisations);
