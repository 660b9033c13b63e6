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

public static class AccountCreation
{
    public static async Task<AppUser> CreateAsync(
        UserManager<AppUser> users, AppDbContext db, string email, string displayName, string password,
        IEnumerable<ScopedRole> roles, CancellationToken cancellationToken)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Cannot create the account {email}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        db.Memberships.AddRange(roles.Select(r => new Membership { UserId = user.Id, Role = r.Role, TerritoryId = r.TerritoryId, OrganisationId = r.OrganisationId }));
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }
}
