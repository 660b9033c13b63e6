using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Data;

public static class DbContextFactoryExtensions
{
    /// <summary>A short-lived context whose writes are journaled in the user's name.</summary>
    public static async Task<AppDbContext> CreateForAsync(
        this IDbContextFactory<AppDbContext> factory, AccessScope scope, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Actor = scope.UserName;
        return db;
    }
}
