using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Territories;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Territories;

public static class TerritoryEndpoints
{
    public static IEndpointRouteBuilder MapTerritoryEndpoints(this IEndpointRouteBuilder api)
    {
        var territories = api.MapGroup("/territories").WithTags("Territoires")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        territories.MapGet("/", List).WithSummary("Territoires visibles, avec recherche, tri et pagination");
        territories.MapGet("/{id:int}", Get).WithSummary("Détail d'un territoire").ProducesProblem(StatusCodes.Status404NotFound);
        territories.MapPost("/", Create).WithSummary("Créer un territoire (administrateur)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        territories.MapPut("/{id:int}", Update).WithSummary("Modifier un territoire (version lue obligatoire)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<PagedResult<TerritorySummary>>> List(
        Caller caller, TerritoryService service, CancellationToken cancellationToken,
        string? search = null, TerritorySort sort = TerritorySort.Name, bool descending = false, int? page = null, int? pageSize = null)
    {
        var scope = caller.Scope;
        return TypedResults.Ok(await service.ListAsync(scope, search, sort, descending, page, pageSize, cancellationToken));
    }

    private static async Task<Ok<TerritoryDetails>> Get(
        int id, Caller caller, TerritoryService service, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        return TypedResults.Ok(await service.GetAsync(scope, id, cancellationToken));
    }

    private static async Task<Created<TerritoryDetails>> Create(
        TerritoryInput input, Caller caller, TerritoryService service, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        var created = await service.CreateAsync(scope, input, cancellationToken);
        return TypedResults.Created($"/api/v1/territories/{created.Id}", created);
    }

    private static async Task<Ok<TerritoryDetails>> Update(
        int id, TerritoryInput input, Caller caller, TerritoryService service, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        return TypedResults.Ok(await service.UpdateAsync(scope, id, input, cancellationToken));
    }
}
