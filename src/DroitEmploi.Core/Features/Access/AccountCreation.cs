using DroitEmploi.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace DroitEmploi.Core.Features.Access;

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
