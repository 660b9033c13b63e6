using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.CostBalance;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.CostBalance;

public static class CostBalanceEndpoints
{
    public static IEndpointRouteBuilder MapCostBalanceEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/territories/{id:int}/cost-balance").WithTags("Bilan des coûts évités")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        group.MapGet("/", Get).WithSummary("Le coût public des emplois face aux coûts de la privation d'emploi évités, en vues basse, centrale et haute (année ; par défaut l'année en cours)");
        group.MapGet("/export", Export).WithSummary("Le bilan en fichier (CSV ou XLSX), chaque ligne avec sa source")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        group.MapPut("/assumptions", SetAssumptions).WithSummary("Les montants du territoire par personne et par an, avec leur source (vide : l'estimation nationale ; version lue)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<TerritoryCostBalance>> Get(int id, Caller caller, CostBalanceService service, CancellationToken cancellationToken, int? year = null) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, year, cancellationToken));

    private static async Task<FileContentHttpResult> Export(int id, Caller caller, CostBalanceService service, CancellationToken cancellationToken, int? year = null,
        ExportFormat format = ExportFormat.Csv)
    {
        var file = await service.ExportAsync(caller.Scope, id, year, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<TerritoryCostBalance>> SetAssumptions(int id, CostBalanceAssumptionsInput input, Caller caller, CostBalanceService service,
        CancellationToken cancellationToken, int? year = null) =>
        TypedResults.Ok(await service.SetAssumptionsAsync(caller.Scope, id, year, input, cancellationToken));
}
