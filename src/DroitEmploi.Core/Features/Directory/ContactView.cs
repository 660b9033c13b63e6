namespace DroitEmploi.Core.Features.Directory;

public sealed record ContactView(string Name, string? Function, string? Email, string? Phone);
