using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.People;

public static class WaitingListEndpoints
{
    public static IEndpointRouteBuilder MapWaitingListEndpoints(this IEndpointRouteBuilder api)
    {
        var territory = api.MapGroup("/territories/{territoryId:int}").WithTags("Liste d'attente")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        territory.MapGet("/waiting-list", Get).WithSummary("Liste d'attente dans l'ordre des candidatures, avec positions et attente");
        territory.MapGet("/waiting-list/export", Export).WithSummary("Exporter la liste d'attente (xlsx ou csv)");
        territory.MapGet("/employment-companies", EmploymentCompanies).WithSummary("EBE du territoire, auxquelles proposer des personnes");
        territory.MapPost("/proposals", Propose).WithSummary("Proposer une personne à une EBE (raison obligatoire hors de l'ordre)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        territory.MapGet("/proposals", Proposals).WithSummary("Propositions faites aux EBE du territoire");
        territory.MapGet("/fairness-report", Fairness).WithSummary("Rapport d'équité : propositions hors de l'ordre, avec leurs raisons")
            .ProducesValidationProblem();

        api.MapPost("/proposals/{id:int}/outcome", Outcome).WithTags("Liste d'attente")
            .WithSummary("Refus d'une proposition par l'EBE, avec sa raison (retour sur la liste à sa place) ; une embauche se fait en créant le contrat")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<WaitingList>> Get(
        int territoryId, Caller caller, WaitingListService service, CancellationToken cancellationToken,
        string? search = null, int? minHours = null, int? maxHours = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, territoryId,
            new WaitingListQuery(search, minHours, maxHours, page, pageSize), cancellationToken));

    private static async Task<FileContentHttpResult> Export(
        int territoryId, Caller caller, PeopleExportService service, CancellationToken cancellationToken,
        ExportFormat format = ExportFormat.Xlsx)
    {
        var file = await service.WaitingListAsync(caller.Scope, territoryId, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<IReadOnlyList<EmploymentCompanyChoice>>> EmploymentCompanies(
        int territoryId, Caller caller, WaitingListService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.EmploymentCompaniesAsync(caller.Scope, territoryId, cancellationToken));

    private static async Task<Created<ProposalView>> Propose(
        int territoryId, ProposalInput input, Caller caller, WaitingListService service, CancellationToken cancellationToken)
    {
        var proposal = await service.ProposeAsync(caller.Scope, territoryId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/territories/{territoryId}/proposals", proposal);
    }

    private static async Task<Ok<IReadOnlyList<ProposalView>>> Proposals(
        int territoryId, Caller caller, WaitingListService service, CancellationToken cancellationToken, bool pendingOnly = false) =>
        TypedResults.Ok(await service.ProposalsAsync(caller.Scope, territoryId, pendingOnly, cancellationToken));

    private static async Task<Ok<FairnessReport>> Fairness(
        int territoryId, Caller caller, WaitingListService service, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null) =>
        TypedResults.Ok(await service.FairnessReportAsync(caller.Scope, territoryId, from, to, cancellationToken));

    private static async Task<Ok<ProposalView>> Outcome(
        int id, ProposalOutcomeInput input, Caller caller, WaitingListService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RecordOutcomeAsync(caller.Scope, id, input, cancellationToken));
}
