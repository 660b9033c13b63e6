using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Activities;

public static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder api)
    {
        var organisation = api.MapGroup("/organisations/{organisationId:int}/activities").WithTags("Activités")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        organisation.MapGet("/", ForOrganisation).WithSummary("Activités d'une structure, avec leur état");
        organisation.MapPost("/", Propose).WithSummary("Proposer une activité (elle commence à l'état d'idée)").ProducesValidationProblem();

        var territory = api.MapGroup("/territories/{territoryId:int}").WithTags("Activités")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        territory.MapGet("/activities", ForTerritory).WithSummary("Activités du territoire et leur examen (status=, search=)");
        territory.MapGet("/needs", Needs).WithSummary("Besoins du territoire (travaux utiles)");
        territory.MapPost("/needs", ReportNeed).WithSummary("Signaler un besoin du territoire : quoi, où, pour qui").ProducesValidationProblem();

        var activity = api.MapGroup("/activities/{id:int}").WithTags("Activités")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        activity.MapGet("/", Get).WithSummary("Une activité, son histoire, ses consultations et ses signalements");
        activity.MapPut("/", Describe).WithSummary("Décrire une activité (version lue)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        activity.MapPost("/status", Move).WithSummary("Changer l'état d'une activité (to, decisionId, reason)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        activity.MapGet("/review.pdf", ReviewFile).WithSummary("Dossier d'examen de l'activité pour la réunion du comité (PDF)");
        activity.MapGet("/overlaps", Overlaps).WithSummary("Structures de l'annuaire que l'activité pourrait concurrencer, et pourquoi");
        activity.MapPost("/consultations", Consult).WithSummary("Enregistrer une consultation (échéance : 15 jours par défaut)").ProducesValidationProblem();
        activity.MapPost("/objections", Object).WithSummary("Enregistrer un signalement de concurrence").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/consultations/{id:int}", Answer).WithTags("Activités").WithSummary("Enregistrer la réponse d'une consultation")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/objections/{id:int}/outcome", Outcome).WithTags("Activités").WithSummary("Clore un signalement par une décision du comité")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/objections/{id:int}/response", Respond).WithTags("Activités").WithSummary("Réponse de la structure à un signalement")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/needs/{id:int}/status", MoveNeed).WithTags("Activités").WithSummary("Étudier ou écarter un besoin (avec la raison)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>The public register: no account needed.</summary>
    public static IEndpointRouteBuilder MapPublicActivityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/public/territories/{territoryId:int}/activities", PublicRegister).AllowAnonymous().WithTags("Public")
            .WithSummary("Registre public des activités en cours d'un territoire").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ActivitySummary>>> ForOrganisation(int organisationId, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ForOrganisationAsync(caller.Scope, organisationId, cancellationToken));

    private static async Task<Created<ActivityDetails>> Propose(int organisationId, ActivityInput input, Caller caller, ActivityService service, CancellationToken cancellationToken)
    {
        var activity = await service.ProposeAsync(caller.Scope, organisationId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", activity);
    }

    private static async Task<Ok<IReadOnlyList<ActivitySummary>>> ForTerritory(
        int territoryId, ActivityStatus? status, string? search, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ForTerritoryAsync(caller.Scope, territoryId, status, search, cancellationToken));

    private static async Task<Ok<ActivityDetails>> Get(int id, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<ActivityDetails>> Describe(int id, ActivityInput input, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.DescribeAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<ActivityDetails>> Move(int id, ActivityStatusInput input, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MoveAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<FileContentHttpResult> ReviewFile(int id, Caller caller, ActivityService service, TimeProvider clock, CancellationToken cancellationToken)
    {
        var activity = await service.GetAsync(caller.Scope, id, cancellationToken);
        var overlaps = await service.OverlapsAsync(caller.Scope, id, cancellationToken);
        return TypedResults.File(ReviewFilePdf.Render(activity, overlaps, clock.Today()), "application/pdf", $"dossier-examen-activite-{id}.pdf");
    }

    private static async Task<Ok<IReadOnlyList<ActivityOverlap>>> Overlaps(int id, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.OverlapsAsync(caller.Scope, id, cancellationToken));

    private static async Task<Created<ConsultationView>> Consult(int id, ConsultationInput input, Caller caller, ActivityService service, CancellationToken cancellationToken)
    {
        var consultation = await service.ConsultAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/consultations/{consultation.Id}", consultation);
    }

    private static async Task<Ok<ConsultationView>> Answer(int id, ConsultationInput input, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AnswerAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Created<ObjectionView>> Object(int id, ObjectionInput input, Caller caller, ActivityService service, CancellationToken cancellationToken)
    {
        var objection = await service.ObjectAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{id}", objection);
    }

    private static async Task<Ok<ObjectionView>> Outcome(int id, ObjectionOutcomeInput input, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CloseObjectionAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<ObjectionView>> Respond(int id, ObjectionResponseInput input, Caller caller, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RespondAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<NeedView>>> Needs(int territoryId, NeedStatus? status, Caller caller, NeedService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, territoryId, status, cancellationToken));

    private static async Task<Created<NeedView>> ReportNeed(int territoryId, NeedInput input, Caller caller, NeedService service, CancellationToken cancellationToken)
    {
        var need = await service.ReportAsync(caller.Scope, territoryId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/territories/{territoryId}/needs", need);
    }

    private static async Task<Ok<NeedView>> MoveNeed(int id, NeedStatusInput input, Caller caller, NeedService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MoveAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<PublicActivity>>> PublicRegister(int territoryId, ActivityService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PublicRegisterAsync(territoryId, cancellationToken));
}
