using DroitEmploi.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Access;

/// <summary>Creates the first administrator from configuration, once, when the platform has none.</summary>
public sealed class AdministratorBootstrap(AppDbContext db, UserManager<AppUser> users)
{
    public async Task<bool> EnsureAsync(string? email, string? password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password)
            || await db.Memberships.AnyAsync(m => m.Role == Role.Administrator, cancellationToken))
        {
            return false;
        }
        await AccountCreation.CreateAsync(users, db, email, "Administrateur·rice", password, [new ScopedRole(Role.Administrator, null, null)], cancellationToken);
        return true;
    }
}
