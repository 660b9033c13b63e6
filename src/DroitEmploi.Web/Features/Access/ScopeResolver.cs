using System.Security.Claims;
using DroitEmploi.Core.Features.Access;

namespace DroitEmploi.Web.Features.Access;

/// <summary>Turns the signed-in principal into the scope the feature services check; once per request or circuit.</summary>
public sealed class ScopeResolver(AccessScopeLoader loader, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.IdentityOptions> identity)
{
    private AccessScope? _scope;

    public async Task<AccessScope> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (_scope is not null && _scope.UserId == userId)
        {
            return _scope;
        }
        if (userId is null)
        {
            throw new UnauthenticatedException();
        }
        // The stamp in the token or cookie must still be the account's: a password change or a deactivation ends it.
        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        _scope = await loader.LoadAsync(userId, stamp, cancellationToken) ?? throw new UnauthenticatedException();
        return _scope;
    }
}
