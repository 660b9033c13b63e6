using DroitEmploi.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Access;

/// <summary>
/// Ends every session and token of an account: after a password change, a password set from a link or
/// a deactivation. It works in the context of the user manager it is given with, inside that scope's transaction.
/// </summary>
public sealed class AccountRevocation(AppDbContext db, UserManager<AppUser> users)
{
    public async Task RevokeAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        // A new security stamp refuses the access and refresh tokens already given out.
        await users.UpdateSecurityStampAsync(user);
        await db.AuthSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
