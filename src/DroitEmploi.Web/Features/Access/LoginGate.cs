using System.Net;
using DroitEmploi.Core.Features.Access;
using Microsoft.AspNetCore.Identity;

namespace DroitEmploi.Web.Features.Access;

/// <summary>
/// The one check behind the login page and the API: the same answer, after the same work, whether the
/// account exists, is deactivated or only mistyped its password.
/// </summary>
public sealed class LoginGate(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, LoginThrottle throttle)
{
    public const string RefusedMessage = "Adresse ou mot de passe incorrect.";

    private static readonly AppUser Nobody = new();
    private static string? _nobodysHash;

    public string ThrottledMessage => $"Trop d'essais : réessayez dans {throttle.FailureWindow.TotalMinutes:0} minutes.";

    public async Task<(LoginCheck Check, AppUser? User)> CheckAsync(string? email, string? password, IPAddress? address)
    {
        var account = (email ?? "").Trim();
        if (!throttle.TryEnter(account, address))
        {
            return (LoginCheck.Throttled, null);
        }
        var user = account.Length == 0 ? null : await users.FindByEmailAsync(account);
        bool valid;
        if (user is not null && !await users.IsLockedOutAsync(user))
        {
            valid = await users.CheckPasswordAsync(user, password ?? "");
        }
        else
        {
            // Hashing anyway takes as long as checking a real password: the answer's time tells nothing.
            hasher.VerifyHashedPassword(Nobody, _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString()), password ?? "");
            valid = false;
        }
        if (!valid)
        {
            throttle.Failed(account, address);
            return (LoginCheck.Refused, null);
        }
        return (LoginCheck.Accepted, user);
    }
}
