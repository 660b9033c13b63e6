using DroitEmploi.Core.Features.Access;

namespace DroitEmploi.Web.Features.Access;

/// <summary>
/// The signed-in caller of an endpoint, bound from the request like any parameter: every endpoint gets
/// its scope the same way, resolved once per request (and refused with 401 when the account's
/// session is no longer valid), instead of repeating the resolution in each handler.
/// </summary>
public sealed class Caller(AccessScope scope)
{
    public AccessScope Scope { get; } = scope;

    public static async ValueTask<Caller?> BindAsync(HttpContext context) =>
        new(await context.RequestServices.GetRequiredService<ScopeResolver>().ResolveAsync(context.User, context.RequestAborted));
}
