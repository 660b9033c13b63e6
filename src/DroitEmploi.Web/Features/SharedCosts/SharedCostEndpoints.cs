using DroitEmploi.Core.Features.SharedCosts;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.SharedCosts;

public static class SharedCostEndpoints
{
    public static IEndpointRouteBuilder MapSharedCostEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/shared-resources").WithTags("Ressources partagées")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem();
        group.MapGet("/", List).WithSummary("Les charges partagées (locaux, véhicule, outils) des structures dont on lit les chiffres");
        group.MapPost("/", Create).WithSummary("Déclarer une charge partagée : qui la paie, qui la partage, sa clé de répartition, son amortissement");
        group.MapGet("/allocations", Allocations).WithSummary("La répartition d'un mois (month=AAAA-MM) de chaque charge partagée lisible");
        group.MapGet("/{id:int}", Get).WithSummary("Une charge partagée et ses parties").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:int}", Update).WithSummary("Modifier une charge partagée (version lue)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:int}/allocation", Allocation).WithSummary("La répartition d'un mois (month=AAAA-MM) : coût, amortissement, part de chacun au centime")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:int}/usage", Usage).WithSummary("Relever l'usage du mois (heures, kilomètres) de chaque partie (month=AAAA-MM)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SharedCostView>>> List(Caller caller, SharedCostService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, cancellationToken));

    private static async Task<Created<SharedCostView>> Create(SharedCostInput input, Caller caller, SharedCostService service, CancellationToken cancellationToken)
    {
        var cost = await service.CreateAsync(caller.Scope, input, cancellationToken);
        return TypedResults.Created($"/api/v1/shared-resources/{cost.Id}", cost);
    }

    private static async Task<Ok<IReadOnlyList<SharedCostAllocation>>> Allocations(string month, Caller caller, SharedCostService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AllocationsAsync(caller.Scope, month, cancellationToken));

    private static async Task<Ok<SharedCostView>> Get(int id, Caller caller, SharedCostService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<SharedCostView>> Update(int id, SharedCostInput input, Caller caller, SharedCostService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<SharedCostAllocation>> Allocation(int id, string month, Caller caller, SharedCostService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AllocationAsync(caller.Scope, id, month, cancellationToken));

    private static async Task<Ok<SharedCostAllocation>> Usage(int id, string month, UsageInput input, Caller caller, SharedCostService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RecordUsageAsync(caller.Scope, id, month, input, cancellationToken));
}
