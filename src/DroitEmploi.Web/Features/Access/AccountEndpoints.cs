using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Access;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountAdministrationEndpoints(this IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/accounts").WithTags("Comptes")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        accounts.MapGet("/", List).WithSummary("Comptes que vous gérez, avec recherche, filtre par rôle et pagination");
        accounts.MapGet("/choices", Choices).WithSummary("Les rôles que vous pouvez donner, et où");
        accounts.MapGet("/me", Mine).WithSummary("Votre compte et vos rôles");
        accounts.MapGet("/{id}", Get).WithSummary("Un compte et ses rôles").ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("/invitations", Invite)
            .WithSummary("Inviter une personne : compte sans mot de passe, un rôle, et un lien valable 7 jours pour choisir son mot de passe")
            .ProducesValidationProblem();
        accounts.MapPost("/{id}/memberships", Grant).WithSummary("Donner un rôle à un compte, sur votre territoire ou dans votre structure")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapDelete("/{id}/memberships/{membershipId:int}", Revoke).WithSummary("Retirer un rôle à un compte")
            .ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("/{id}/deactivate", Deactivate)
            .WithSummary("Désactiver un compte : plus de connexion, jetons refusés, historique gardé")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        accounts.MapPost("/{id}/reactivate", Reactivate).WithSummary("Réactiver un compte désactivé")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        accounts.MapPost("/{id}/password-link", PasswordLink)
            .WithSummary("Lien de réinitialisation du mot de passe (ou nouvelle invitation si le compte n'a pas encore de mot de passe)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<PagedResult<AccountSummary>>> List(
        Caller caller, AccountService service, CancellationToken cancellationToken,
        string? search = null, Role? role = null, bool? active = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, search, role, active, page, pageSize, cancellationToken));

    private static async Task<Ok<IReadOnlyList<GrantChoice>>> Choices(Caller caller, AccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GrantChoicesAsync(caller.Scope, cancellationToken));

    private static async Task<Ok<AccountSummary>> Mine(Caller caller, AccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MineAsync(caller.Scope, cancellationToken));

    private static async Task<Ok<AccountSummary>> Get(string id, Caller caller, AccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Created<InvitationResult>> Invite(
        InvitationInput input, Caller caller, AccountService service, AccountLinkDelivery delivery, HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (account, link) = await service.InviteAsync(caller.Scope, input, cancellationToken);
        return TypedResults.Created($"/api/v1/accounts/{account.Id}",
            new InvitationResult(account, delivery.Deliver(link, AccountLinkDelivery.BaseUriOf(request))));
    }

    private static async Task<Ok<AccountSummary>> Grant(
        string id, MembershipInput input, Caller caller, AccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GrantAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<AccountSummary>> Revoke(
        string id, int membershipId, Caller caller, AccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RevokeAsync(caller.Scope, id, membershipId, cancellationToken));

    private static async Task<Ok<AccountSummary>> Deactivate(string id, Caller caller, AccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.DeactivateAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<AccountSummary>> Reactivate(string id, Caller caller, AccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReactivateAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<AccountLinkView>> PasswordLink(
        string id, Caller caller, AccountService service, AccountLinkDelivery delivery, HttpRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(delivery.Deliver(await service.CreatePasswordLinkAsync(caller.Scope, id, cancellationToken), AccountLinkDelivery.BaseUriOf(request)));
}
