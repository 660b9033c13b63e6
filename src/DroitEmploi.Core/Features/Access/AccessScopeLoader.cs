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
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.SecurityStamp, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.SecurityStamp != securityStamp || user.LockoutEnd > clock.GetUtcNow())
        {
            return null;
        }
        var roles = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new ScopedRole(m.Role, m.TerritoryId, m.OrganisationId))
            .ToListAsync(cancellationToken);
        // Managers of an organisation read the territories it works in; employees see only their own data.
        var organisationIds = roles.Where(r => r.OrganisationId is not null && r.Role != Role.Employee)
            .Select(r => r.OrganisationId!.Value).ToList();
        var organisationTerritories = await db.OrganisationTerritories.AsNoTracking()
            .Where(t => organisationIds.Contains(t.OrganisationId))
            .Select(t => t.TerritoryId)
            .ToListAsync(cancellationToken);
        return new AccessScope(user.Id, user.Email ?? user.Id,
            roles, organisationTerritories);
    }
}
