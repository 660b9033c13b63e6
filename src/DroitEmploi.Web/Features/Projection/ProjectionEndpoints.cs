using DroitEmploi.Core.Features.Projection;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Projection;

public static class ProjectionEndpoints
{
    public static IEndpointRouteBuilder MapProjectionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/territories/{id:int}/projection").WithTags("Projection vers l'exhaustivité")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", Get).WithSummary("Quand plus personne n'attendrait au rythme actuel, et ce qu'il faut pour l'exhaustivité à la date de l'ambition");
        group.MapPut("/assumptions", SetAssumptions).WithSummary("Les hypothèses de l'équipe projet du CLE (vide : le rythme mesuré ; version lue)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<TerritoryProjection>> Get(int id, Caller caller, ProjectionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<TerritoryProjection>> SetAssumptions(int id, ProjectionAssumptionsInput input, Caller caller, ProjectionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SetAssumptionsAsync(caller.Scope, id, input, cancellationToken));
}
