using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Directory;

public static class OrganisationEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder api)
    {
        var organisations = api.MapGroup("/organisations").WithTags("Annuaire ESS")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        organisations.MapGet("/", Search).WithSummary("Rechercher des structures (texte, type, activité, territoire)");
        organisations.MapGet("/activity-tags", ActivityTags).WithSummary("Activités utilisées dans l'annuaire");
        organisations.MapGet("/{id:int}", Get).WithSummary("Fiche d'une structure").ProducesProblem(StatusCodes.Status404NotFound);
        organisations.MapPost("/", Create).WithSummary("Ajouter une structure à l'annuaire")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        organisations.MapPut("/{id:int}", Update).WithSummary("Modifier une structure (version lue obligatoire)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<PagedResult<OrganisationSummary>>> Search(
        Caller caller, OrganisationService service, CancellationToken cancellationToken,
        string? search = null, OrganisationKind? kind = null, string? activity = null, int? territoryId = null,
        OrganisationSort sort = OrganisationSort.Name, bool descending = false, int? page = null, int? pageSize = null)
    {
        var scope = caller.Scope;
        var query = new OrganisationQuery(search, kind, activity, territoryId, sort, descending, page, pageSize);
        return TypedResults.Ok(await service.SearchAsync(scope, query, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<string>>> ActivityTags(
        Caller caller, OrganisationService service, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        return TypedResults.Ok(await service.ActivityTagsAsync(scope, cancellationToken));
    }

    private static async Task<Ok<OrganisationDetails>> Get(
        int id, Caller caller, OrganisationService service, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        return TypedResults.Ok(await service.GetAsync(scope, id, cancellationToken));
    }

    private static async Task<Created<OrganisationDetails>> Create(
        OrganisationInput input, Caller caller, OrganisationService service, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        var created = await service.CreateAsync(scope, input, cancellationToken);
        return TypedResults.Created($"/api/v1/organisations/{created.Id}", created);
    }

    private static async Task<Ok<OrganisationDetails>> Update(
        int id, OrganisationInput input, Caller caller, OrganisationService service, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        return TypedResults.Ok(await service.UpdateAsync(scope, id, input, cancellationToken));
    }
}
