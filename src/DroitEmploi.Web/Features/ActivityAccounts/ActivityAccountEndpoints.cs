using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.ActivityAccounts;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.ActivityAccounts;

public static class ActivityAccountEndpoints
{
    private const string Tag = "Comptes par activité";

    public static IEndpointRouteBuilder MapActivityAccountEndpoints(this IEndpointRouteBuilder api)
    {
        var organisation = api.MapGroup("/organisations/{id:int}").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        organisation.MapGet("/activity-accounts", Get)
            .WithSummary("Les comptes de l'année par activité et par mois : chiffre d'affaires, achats, masse salariale, frais de structure, financement, péréquation");
        organisation.MapGet("/activity-accounts/export", Export).WithSummary("Les comptes par activité en fichier (CSV ou XLSX)")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        organisation.MapGet("/budget", Budget).WithSummary("Le budget de l'année par activité, face au réalisé à date");
        organisation.MapPut("/budget", SetBudget).WithSummary("Écrire le budget de l'année (version lue)").ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapGet("/purchases", Purchases).WithSummary("Les achats, les plus récents d'abord (année, activité — 0 pour la structure —, recherche, page)");
        organisation.MapPost("/purchases", Record).WithSummary("Enregistrer un achat sur une activité ou sur la structure").ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/purchases/{id:int}", Delete).WithTags(Tag).WithSummary("Supprimer un achat saisi par erreur")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<Core.Features.ActivityAccounts.ActivityAccounts>> Get(int id, int year, Caller caller, ActivityAccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, year, cancellationToken));

    private static async Task<FileContentHttpResult> Export(int id, int year, Caller caller, ActivityAccountService service, CancellationToken cancellationToken,
        ExportFormat format = ExportFormat.Csv)
    {
        var file = await service.ExportAsync(caller.Scope, id, year, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<BudgetView>> Budget(int id, int year, Caller caller, ActivityAccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.BudgetAsync(caller.Scope, id, year, cancellationToken));

    private static async Task<Ok<BudgetView>> SetBudget(int id, int year, BudgetInput input, Caller caller, ActivityAccountService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SetBudgetAsync(caller.Scope, id, year, input, cancellationToken));

    private static async Task<Ok<PurchasePage>> Purchases(int id, Caller caller, PurchaseService service, CancellationToken cancellationToken,
        int? year = null, int? activityId = null, string? search = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, id, new PurchaseQuery { Year = year, ActivityId = activityId, Search = search, Page = page, PageSize = pageSize },
            cancellationToken));

    private static async Task<Created<PurchaseView>> Record(int id, PurchaseInput input, Caller caller, PurchaseService service, CancellationToken cancellationToken)
    {
        var purchase = await service.CreateAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/purchases/{purchase.Id}", purchase);
    }

    private static async Task<NoContent> Delete(int id, Caller caller, PurchaseService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(caller.Scope, id, cancellationToken);
        return TypedResults.NoContent();
    }
}
