using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Territories;

public static class TerritoryQueries
{
    public const string NotFound = "Ce territoire n'existe pas ou ne vous est pas accessible.";

    /// <summary>
    /// The territory, or "not found": a scope that reads every territory (administrators, funders) passes
    /// the access check for any id, so existence is checked here, where the territory is read.
    /// </summary>
    public static async Task<Territory> RequireAsync(this IQueryable<Territory> territories, int id, CancellationToken cancellationToken) =>
        await territories.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException(NotFound);

    /// <summary>The EBE of a territory: the organisations the directory lists there as its employment companies.</summary>
    public static async Task<List<int>> EmploymentCompanyIdsAsync(AppDbContext db, int territoryId, CancellationToken cancellationToken) =>
        await db.OrganisationTerritories.AsNoTracking()
            .Where(t => t.TerritoryId == territoryId && t.Role == Directory.TerritoryRole.EmploymentCompany).Select(t => t.OrganisationId).Distinct().ToListAsync(cancellationToken);
}
