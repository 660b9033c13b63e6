using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Access;

public sealed class AccessScopeLoader(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>
    /// The scope of a signed-in user, or null when the sign-in no longer holds: the account is gone or
    /// deactivated, or its security stamp moved on since the token or cookie was issued.
    /// </summary>
    public async Task<AccessScope?> LoadAsync(string userId, string? securityStamp, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Two round trips on every request: the account, then its roles with the territories its organisations work in.
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.Email, u.SecurityStamp, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.SecurityStamp != securityStamp || user.LockoutEnd > clock.GetUtcNow())
        {
            return null;
        }
        var rows = await (
            from m in db.Memberships.AsNoTracking()
            where m.UserId == userId
            join t in db.OrganisationTerritories.AsNoTracking() on m.OrganisationId equals (int?)t.OrganisationId into worksIn
            from t in worksIn.DefaultIfEmpty()
            select new { m.Id, m.Role, m.TerritoryId, m.OrganisationId, WorksIn = t == null ? (int?)null : t.TerritoryId })
            .ToListAsync(cancellationToken);
        var roles = rows.DistinctBy(r => r.Id).Select(r => new ScopedRole(r.Role, r.TerritoryId, r.OrganisationId)).ToList();
        // Managers of an organisation read the territories it works in; employees, cooperants and RTE holders see only their own data,
        // accounting its sales, portage staff the KPA their CAE carries.
        var organisationTerritories = rows.Where(r => r.Role is not (Role.Employee or Role.Accounting or Role.Cooperant or Role.Portage or Role.RteHolder) && r.WorksIn is not null).Select(r => r.WorksIn!.Value).Distinct();
        return new AccessScope(user.Id, user.Email ?? user.Id, roles, organisationTerritories);
    }
}
