namespace DroitEmploi.Core.Features.Access;

/// <summary>A role this user may give, where it is held: what the invitation and role forms offer.</summary>
public sealed record GrantChoice(Role Role, int? TerritoryId, int? OrganisationId, string Label)
{
    public string Key => $"{Role}:{TerritoryId}:{OrganisationId}";
}
