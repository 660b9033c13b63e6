using System.Globalization;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Employment;

public static class EmploymentEndpoints
{
    public static IEndpointRouteBuilder MapEmploymentEndpoints(this IEndpointRouteBuilder api)
    {
        var organisation = api.MapGroup("/organisations/{organisationId:int}").WithTags("Emploi")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        organisation.MapPost("/contracts", Hire).WithSummary("Embaucher en CDI à temps choisi, sur une proposition du CLE")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapGet("/contracts", List).WithSummary("Contrats de l'EBE (includeExited pour les contrats terminés)");
        organisation.MapGet("/proposals", Proposals).WithSummary("Propositions du CLE en attente de réponse de l'EBE");
        organisation.MapGet("/etp", Etp).WithSummary("ETP d'un mois (month=AAAA-MM), contrat par contrat").ProducesValidationProblem();
        organisation.MapGet("/funding", Funding).WithSummary("Relevé de financement d'une année (year=AAAA) : lignes mensuelles et totaux, en euros au centime")
            .ProducesValidationProblem();
        organisation.MapGet("/funding/export", ExportFunding).WithSummary("Exporter le relevé de financement (xlsx ou csv)").ProducesValidationProblem();
        organisation.MapGet("/employment-figures", OrganisationFigures).WithSummary("Chiffres de l'emploi de l'EBE");

        api.MapGet("/territories/{territoryId:int}/employment-figures", TerritoryFigures).WithTags("Emploi")
            .WithSummary("Chiffres de l'emploi du territoire, face à son ambition")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/me/contracts", Mine).WithTags("Emploi").WithSummary("Mes contrats (espace salarié·e)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var contract = api.MapGroup("/contracts/{id:int}").WithTags("Emploi")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        contract.MapGet("/", Get).WithSummary("Un contrat, avec avenants, suspensions, savoir-faire et formations");
        contract.MapPut("/", Update).WithSummary("Modifier pôles, activités et prime (version lue obligatoire)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        contract.MapPost("/amendments", Amend).WithSummary("Avenant : nouvelles heures ou nouveau salaire à partir d'une date").ProducesValidationProblem();
        contract.MapPost("/suspensions", Suspend).WithSummary("Suspension (essai d'un emploi ailleurs, formation…), sans financement").ProducesValidationProblem();
        contract.MapPut("/suspensions/{suspensionId:int}", EndSuspension).WithSummary("Retour : fin d'une suspension").ProducesValidationProblem();
        contract.MapPost("/exit", Exit).WithSummary("Sortie, avec sa date et son motif").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        contract.MapPost("/skills", AddSkill).WithSummary("Savoir-faire (acquis, en formation, peut former)").ProducesValidationProblem();
        contract.MapPost("/trainings", AddTraining).WithSummary("Formation suivie (entre pairs, externe, VAE)").ProducesValidationProblem();
        return api;
    }

    private static async Task<Created<ContractDetails>> Hire(
        int organisationId, HireInput input, Caller caller, EmploymentService service, CancellationToken cancellationToken)
    {
        var created = await service.HireAsync(caller.Scope, organisationId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/contracts/{created.Id}", created);
    }

    private static async Task<Ok<IReadOnlyList<ContractSummary>>> List(
        int organisationId, Caller caller, EmploymentService service, CancellationToken cancellationToken, bool includeExited = false) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, organisationId, includeExited, cancellationToken));

    private static async Task<Ok<IReadOnlyList<ProposalView>>> Proposals(
        int organisationId, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PendingProposalsAsync(caller.Scope, organisationId, cancellationToken));

    private static async Task<Ok<EtpStatement>> Etp(
        int organisationId, string month, Caller caller, FundingService service, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw ValidationFailedException.For("month", "Le mois s'écrit AAAA-MM, par exemple 2026-03.");
        }
        return TypedResults.Ok(await service.EtpAsync(caller.Scope, organisationId, first.Year, first.Month, cancellationToken));
    }

    private static async Task<Ok<FundingStatement>> Funding(
        int organisationId, int year, Caller caller, FundingService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.StatementAsync(caller.Scope, organisationId, year, cancellationToken));

    private static async Task<FileContentHttpResult> ExportFunding(
        int organisationId, int year, Caller caller, FundingService service, CancellationToken cancellationToken,
        ExportFormat format = ExportFormat.Xlsx)
    {
        var file = await service.ExportAsync(caller.Scope, organisationId, year, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<EmploymentFigures>> OrganisationFigures(
        int organisationId, Caller caller, EmploymentFiguresService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ForOrganisationAsync(caller.Scope, organisationId, cancellationToken));

    private static async Task<Ok<EmploymentFigures>> TerritoryFigures(
        int territoryId, Caller caller, EmploymentFiguresService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ForTerritoryAsync(caller.Scope, territoryId, cancellationToken));

    private static async Task<Ok<IReadOnlyList<ContractDetails>>> Mine(Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MineAsync(caller.Scope, cancellationToken));

    private static async Task<Ok<ContractDetails>> Get(int id, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<ContractDetails>> Update(
        int id, ContractInput input, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<ContractDetails>> Amend(
        int id, AmendmentInput input, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AmendAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<ContractDetails>> Suspend(
        int id, SuspensionInput input, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SuspendAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<ContractDetails>> EndSuspension(
        int id, int suspensionId, SuspensionEndInput input, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.EndSuspensionAsync(caller.Scope, id, suspensionId, input, cancellationToken));

    private static async Task<Ok<ContractDetails>> Exit(
        int id, ExitInput input, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ExitAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<ContractDetails>> AddSkill(
        int id, SkillInput input, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AddSkillAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<ContractDetails>> AddTraining(
        int id, TrainingInput input, Caller caller, EmploymentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AddTrainingAsync(caller.Scope, id, input, cancellationToken));
}
