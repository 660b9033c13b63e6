using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.Dashboards;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Dashboards;

public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/network").WithTags("Tableau de bord du réseau")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/dashboard", Get).WithSummary("Tous les territoires côte à côte : ambition, emplois créés, attente, ETP, embauches, EBE, activités, chiffre d'affaires");
        group.MapGet("/dashboard/export", Export).WithSummary("Le même tableau en fichier (CSV ou XLSX)")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        api.MapGet("/territories/{id:int}/dashboard", ForTerritory).WithTags("Tableau de bord du réseau")
            .WithSummary("Le tableau de bord d'un territoire : ambition et emplois créés, attente, ETP, financement, chiffre d'affaires, bilan, activités")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<TerritoryLine>> ForTerritory(int id, Caller caller, NetworkDashboardService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ForTerritoryAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<NetworkDashboard>> Get(Caller caller, NetworkDashboardService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, cancellationToken));

    private static async Task<FileContentHttpResult> Export(Caller caller, NetworkDashboardService service, CancellationToken cancellationToken, ExportFormat format = ExportFormat.Csv)
    {
        var file = await service.ExportAsync(caller.Scope, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
