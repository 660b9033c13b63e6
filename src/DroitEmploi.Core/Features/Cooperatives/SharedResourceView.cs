namespace DroitEmploi.Core.Features.Cooperatives;

public sealed record SharedResourceView(int Id, string Title, string Link, IReadOnlyList<string> Tags, string SharedBy, DateOnly SharedOn);
