using DroitEmploi.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace DroitEmploi.Core.Features.Access;

public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public List<Membership> Memberships { get; set; } = [];

    /// <summary>When the account was invited; null for accounts created at start-up (administrator, demo).</summary>
    public DateTime? InvitedAt { get; set; }

    /// <summary>When the account was deactivated: no login, no token; its history and memberships stay.</summary>
    public DateTime? DeactivatedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;

    /// <summary>
    /// Ends the account's use without erasing it. The lockout is what the login gate and every request
    /// already refuse; the caller renews the security stamp so that issued tokens stop too.
    /// </summary>
    public void Deactivate(DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new BusinessRuleException("Ce compte est déjà désactivé.");
        }
        DeactivatedAt = now.UtcDateTime;
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
    }

    public void Reactivate()
    {
        if (IsActive)
        {
            throw new BusinessRuleException("Ce compte est déjà actif.");
        }
        DeactivatedAt = null;
        LockoutEnd = null;
    }
}
