using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Parameters;

public static class ParameterEndpoints
{
    public static IEndpointRouteBuilder MapParameterEndpoints(this IEndpointRouteBuilder api)
    {
        var parameters = api.MapGroup("/parameters").WithTags("Paramètres datés").ProducesProblem(StatusCodes.Status401Unauthorized);
        parameters.MapGet("/", List).WithSummary("Paramètres datés (seuils, taux, montants) avec leur source");
        parameters.MapPost("/", Add).WithSummary("Nouvelle valeur d'un paramètre à partir d'une date (administrateur)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<DatedParameterView>>> List(ParameterService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(cancellationToken));

    private static async Task<Created<DatedParameterView>> Add(
        ParameterValueInput input, Caller caller, ParameterService service, CancellationToken cancellationToken)
    {
        var added = await service.AddValueAsync(caller.Scope, input, cancellationToken);
        return TypedResults.Created("/api/v1/parameters", added);
    }
}
