using DroitEmploi.Core.Features.Home;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Home;

public static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me/tasks", Tasks).WithTags("Accueil")
            .WithSummary("Ce qui vous attend : candidatures et propositions (CLE), propositions, planning et changements des salarié·es (EBE)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }

    private static async Task<Ok<HomeTasks>> Tasks(Caller caller, HomeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.TasksAsync(caller.Scope, cancellationToken));
}
