using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Directory;

public static class OrganisationQueries
{
    /// <summary>The organisation with its territories (what its access rules ask), or "not found".</summary>
    public static async Task<Organisation> RequireAsync(this IQueryable<Organisation> organisations, int id, CancellationToken cancellationToken) =>
        await organisations.AsNoTracking().Include(o => o.Territories).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException(AccessScope.OrganisationNotFound);
}
