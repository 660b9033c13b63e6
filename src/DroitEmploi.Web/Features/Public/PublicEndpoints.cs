using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Public;

/// <summary>Public figures and open data: no account needed; nothing leaves but protected tables (decision 0018).</summary>
public static class PublicEndpoints
{
    private const string Tag = "Public";

    public static IEndpointRouteBuilder MapPublicFiguresEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/public").WithTags(Tag).AllowAnonymous();
        group.MapGet("/territories", Territories).WithSummary("Les territoires dont les chiffres sont publics");
        group.MapGet("/territories/{id:int}/figures", Figures).WithSummary("Les chiffres publics d'un territoire, sans aucun effectif sous le seuil de diffusion")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/opendata", Catalogue).WithSummary("Les jeux de données ouverts (Licence Ouverte 2.0) et leurs adresses stables");
        group.MapGet("/opendata/{file}", Dataset).WithSummary("Un jeu de données : nom.csv, nom.json ou nom.schema.json (Table Schema)")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PublicTerritory>>> Territories(PublicFiguresService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.TerritoriesAsync(cancellationToken));

    private static async Task<Ok<PublicTerritoryFigures>> Figures(int id, PublicFiguresService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ForTerritoryAsync(id, cancellationToken));

    private static Ok<IReadOnlyList<OpenDataLink>> Catalogue() =>
        TypedResults.Ok<IReadOnlyList<OpenDataLink>>(OpenDataService.Names
            .Select(name => new OpenDataLink(name, $"/api/v1/public/opendata/{name}.csv", $"/api/v1/public/opendata/{name}.json", $"/api/v1/public/opendata/{name}.schema.json", OpenDataset.Licence))
            .ToList());

    private static async Task<IResult> Dataset(string file, HttpContext context, OpenDataService service, CancellationToken cancellationToken)
    {
        var (name, extension) = file.EndsWith(".schema.json", StringComparison.Ordinal) ? (file[..^".schema.json".Length], "schema")
            : file.EndsWith(".json", StringComparison.Ordinal) ? (file[..^".json".Length], "json")
            : file.EndsWith(".csv", StringComparison.Ordinal) ? (file[..^".csv".Length], "csv")
            : throw new NotFoundException(OpenDataService.NotFound);
        var dataset = await service.DatasetAsync(name, cancellationToken);
        context.Response.Headers.Append("Link", $"<{OpenDataset.LicenceUrl}>; rel=\"license\"");
        if (extension == "csv")
        {
            var csv = OpenDataService.Csv(dataset);
            return TypedResults.File(csv.Content, csv.ContentType, csv.FileName);
        }
        return TypedResults.Text(extension == "json" ? OpenDataService.Json(dataset, $"/api/v1/public/opendata/{name}.schema.json") : OpenDataService.Schema(dataset),
            "application/json");
    }
}
