namespace DroitEmploi.Core.Features.Access;

public sealed record MembershipView(
    int Id, Role Role, string RoleLabel, int? TerritoryId, string? TerritoryName, int? OrganisationId, string? OrganisationName, bool CanRemove)
{
    /// <summary>"Équipe projet du CLE — Pipriac et Saint-Ganton", as people read a role.</summary>
    public string Label => (TerritoryName ?? OrganisationName) is { } where ? $"{RoleLabel} — {where}" : RoleLabel;
}
