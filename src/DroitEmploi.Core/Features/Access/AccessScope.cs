using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Access;

/// <summary>
/// What one signed-in user may see and change. Feature services take it explicitly, so that every
/// read and write is checked the same way whether it comes from a page or from the API.
/// </summary>
public sealed class AccessScope
{
    public AccessScope(string userId, string userName, IEnumerable<ScopedRole> roles, IEnumerable<int> organisationTerritoryIds)
    {
        UserId = userId;
        UserName = userName;
        Roles = roles.ToList();
        IsAdministrator = Roles.Any(r => r.Role == Role.Administrator);
        IsFunder = Roles.Any(r => r.Role == Role.Funder);
        _organisationTerritoryIds = organisationTerritoryIds.ToHashSet();
    }

    private readonly HashSet<int> _organisationTerritoryIds;

    /// <summary>The platform itself, for start-up work such as seeding the demo data.</summary>
    public static AccessScope System { get; } = new("system", "système", [new ScopedRole(Role.Administrator, null, null)], []);

    public string UserId { get; }
    public string UserName { get; }
    public IReadOnlyList<ScopedRole> Roles { get; }
    public bool IsAdministrator { get; }
    public bool IsFunder { get; }

    /// <summary>Territories whose non-public data this user may read (null: all of them).</summary>
    public IReadOnlySet<int>? ReadableTerritoryIds => IsAdministrator || IsFunder
        ? null
        : Roles.Where(r => r.TerritoryId is not null).Select(r => r.TerritoryId!.Value)
            .Concat(_organisationTerritoryIds).ToHashSet();

    public bool CanReadTerritory(int territoryId) => ReadableTerritoryIds?.Contains(territoryId) ?? true;

    public bool CanManageTerritory(int territoryId) =>
        IsAdministrator || Roles.Any(r => r.Role == Role.CleTeam && r.TerritoryId == territoryId);

    public bool CanCreateTerritory => IsAdministrator;

    /// <summary>Territories where this user may register organisations in the directory.</summary>
    public IEnumerable<int> ManagedTerritoryIds => Roles.Where(r => r.Role == Role.CleTeam && r.TerritoryId is not null)
        .Select(r => r.TerritoryId!.Value);

    public bool ManagesOrganisation(int organisationId) => IsAdministrator || Roles.Any(r =>
        r.OrganisationId == organisationId && r.Role is Role.EbeManagement or Role.KpaCoordination);

    public IEnumerable<int> OrganisationIds => Roles.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value);

    /// <summary>Only the territory's CLE team (and administrators) see who the volunteers are.</summary>
    public bool CanSeeIdentities(int territoryId) => CanManageTerritory(territoryId);

    public void EnsureCanSeeIdentities(int territoryId)
    {
        EnsureCanReadTerritory(territoryId);
        if (!CanSeeIdentities(territoryId))
        {
            throw new ForbiddenException("Seule l'équipe projet du CLE du territoire voit les fiches des volontaires.");
        }
    }

    public void EnsureCanReadTerritory(int territoryId)
    {
        if (!CanReadTerritory(territoryId))
        {
            // Answering "not found" rather than "forbidden" hides which territories exist behind the scope.
            throw new NotFoundException(Territories.TerritoryQueries.NotFound);
        }
    }

    public void EnsureCanManageTerritory(int territoryId)
    {
        EnsureCanReadTerritory(territoryId);
        if (!CanManageTerritory(territoryId))
        {
            throw new ForbiddenException("Seule l'équipe projet du CLE de ce territoire peut faire cette modification.");
        }
    }
}

public sealed record ScopedRole(Role Role, int? TerritoryId, int? OrganisationId);
