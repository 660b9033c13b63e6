using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Web.Features.Access;

/// <summary>Ends every session and token of an account: after a password change, a lockout or a deactivation.</summary>
public sealed class AccountRevocation(IDbContextFactory<AppDbContext> dbFactory, Microsoft.AspNetCore.Identity.UserManager<AppUser> users)
{
    public async Task RevokeAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        // A new security stamp refuses the access and refresh tokens already given out.
        await users.UpdateSecurityStampAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.AuthSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
