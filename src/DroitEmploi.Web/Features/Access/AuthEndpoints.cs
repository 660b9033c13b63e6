using System.Security.Cryptography;
using System.Text;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DroitEmploi.Web.Features.Access;

/// <summary>
/// Tokens for programs, and the two things a person does without being signed in (ask for a password
/// link, set a password from one). Accounts are invited by those who manage them: no registration route exists at all.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Authentification");
        auth.MapPost("/login", LogInAsync).AllowAnonymous()
            .WithSummary("Connexion : jeton d'accès et jeton de renouvellement (usage unique)");
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous()
            .WithSummary("Échange un jeton de renouvellement contre de nouveaux jetons ; l'ancien ne sert plus");
        auth.MapPost("/logout", LogOutAsync).AllowAnonymous()
            .WithSummary("Abandonne un jeton de renouvellement");
        auth.MapPost("/password", ChangePasswordAsync)
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme })
            .WithSummary("Change le mot de passe ; les autres sessions et jetons du compte cessent de valoir");
        auth.MapPost("/forgot-password", ForgotPasswordAsync).AllowAnonymous()
            .WithSummary("Mot de passe oublié : un lien est envoyé à l'adresse si elle a un compte actif ; la réponse est la même sinon");
        auth.MapPost("/set-password", SetPasswordAsync).AllowAnonymous()
            .WithSummary("Choisir son mot de passe depuis un lien d'invitation ou de réinitialisation ; les sessions précédentes cessent")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> ForgotPasswordAsync(
        ForgottenPasswordInput input, HttpContext context, LoginThrottle throttle, AccountPasswords passwords, AccountLinkDelivery delivery)
    {
        var email = (input.Email ?? "").Trim();
        if (!throttle.TryEnter(email, context.Connection.RemoteIpAddress))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, detail: "Trop de demandes : réessayez dans quelques minutes.");
        }
        // The link goes to the account's owner only (the log, until a mail server is configured), never in this answer.
        if (await passwords.RequestLinkAsync(email, context.RequestAborted) is { } link)
        {
            delivery.Deliver(link, AccountLinkDelivery.BaseUriOf(context.Request));
        }
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> SetPasswordAsync(PasswordLinkInput input, AccountPasswords passwords, CancellationToken cancellationToken)
    {
        await passwords.SetPasswordAsync(input.AccountId, input.Token, input.Purpose, input.Password, input.Confirmation, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LogInAsync(
        LoginInput input, HttpContext context, LoginGate gate, SignInManager<AppUser> signIn)
    {
        InputValidator.Validate(input);
        var (check, user) = await gate.CheckAsync(input.Email, input.Password, context.Connection.RemoteIpAddress);
        switch (check)
        {
            case LoginCheck.Throttled:
                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, detail: gate.ThrottledMessage);
            case LoginCheck.Refused:
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: LoginGate.RefusedMessage);
        }
        // The bearer scheme writes the tokens as the answer's body.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user!, isPersistent: false);
        return TypedResults.Empty;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshInput input, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer,
        IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    {
        InputValidator.Validate(input);
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(input.RefreshToken);
        var refused = TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
            detail: "Ce jeton de renouvellement n'est plus valable : connectez-vous à nouveau.");
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
        {
            return refused;
        }
        if (!await SpendAsync(dbFactory, input.RefreshToken!, expires.UtcDateTime, clock))
        {
            return refused;
        }
        // The stamp changes with the password, a lockout or a deactivation: older tokens stop there.
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return refused;
        }
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<NoContent> LogOutAsync(
        RefreshInput input, IOptionsMonitor<BearerTokenOptions> bearer, IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    {
        InputValidator.Validate(input);
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(input.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is { } expires)
        {
            await SpendAsync(dbFactory, input.RefreshToken!, expires.UtcDateTime, clock);
        }
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ChangePasswordAsync(
        PasswordChangeInput input, HttpContext context, UserManager<AppUser> users, AccountRevocation revocation)
    {
        InputValidator.Validate(input);
        var user = await users.GetUserAsync(context.User) ?? throw new UnauthenticatedException();
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "currentPassword" : "newPassword";
            throw new ValidationFailedException(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });
        }
        await revocation.RevokeAsync(user);
        return TypedResults.NoContent();
    }

    /// <summary>Records the token as used; false when it already was (a replay).</summary>
    private static async Task<bool> SpendAsync(IDbContextFactory<AppDbContext> dbFactory, string token, DateTime expiresAt, TimeProvider clock)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        await using var db = await dbFactory.CreateDbContextAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SpentRefreshTokens.Where(t => t.ExpiresAt < now).ExecuteDeleteAsync();
        db.SpentRefreshTokens.Add(new SpentRefreshToken { Hash = hash, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            // The key is the hash: a second use of the same token cannot be inserted.
            return false;
        }
    }
}
