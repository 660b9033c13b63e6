using System.Text;
using DroitEmploi.Core.Features.Planning;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Planning;

public static class PlanningEndpoints
{
    public static IEndpointRouteBuilder MapPlanningEndpoints(this IEndpointRouteBuilder api)
    {
        var organisation = api.MapGroup("/organisations/{organisationId:int}").WithTags("Planning")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        organisation.MapPost("/schedules", Request).WithSummary("Demander un planning pour une semaine (week=AAAA-Wss) : renvoie le travail en cours")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapGet("/schedules", List).WithSummary("Plannings de l'EBE, du plus récent au plus ancien");
        organisation.MapGet("/schedule-slots", Slots).WithSummary("Créneaux d'activité de l'EBE");
        organisation.MapPost("/schedule-slots", AddSlot).WithSummary("Ajouter un créneau d'activité").ProducesValidationProblem();
        organisation.MapPut("/schedule-slots/{slotId:int}", ReviseSlot).WithSummary("Modifier un créneau d'activité pour les semaines à venir").ProducesValidationProblem();
        organisation.MapDelete("/schedule-slots/{slotId:int}", RemoveSlot).WithSummary("Retirer un créneau d'activité");

        var schedule = api.MapGroup("/schedules/{id:int}").WithTags("Planning")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        schedule.MapGet("/", Get).WithSummary("État, progression et résultat d'un planning, avec les règles enfreintes et les souhaits non satisfaits");
        schedule.MapGet("/progress", Progress).WithSummary("Où en est le calcul (état, progression, objectif et borne), sans la semaine : à interroger pendant le calcul");
        schedule.MapGet("/activities", Activities).WithSummary("Le planning par activité et créneau : qui travaille chaque jour, et combien de personnes manquent");
        schedule.MapPut("/assignments", SetAssignments).WithSummary("Modifier les affectations à la main (version lue obligatoire)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        schedule.MapPost("/publish", Publish).WithSummary("Publier le planning").ProducesProblem(StatusCodes.Status409Conflict);
        schedule.MapPost("/cancel", Cancel).WithSummary("Annuler un calcul en cours").ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/people/{id:int}/schedule", PersonWeek).WithTags("Planning").WithSummary("Semaine publiée d'une personne (week=AAAA-Wss)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/me/schedule", MyWeek).WithTags("Planning").WithSummary("Ma semaine publiée (week=AAAA-Wss)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/me/schedule.ics", MyCalendar).WithTags("Planning").WithSummary("Ma semaine publiée au format iCalendar")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/me/availability", MyAvailability).WithTags("Planning").WithSummary("Mes indisponibilités et souhaits d'une semaine")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/me/availability", SetMyAvailability).WithTags("Planning").WithSummary("Saisir mes indisponibilités et souhaits d'une semaine")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Accepted<ScheduleSummary>> Request(
        int organisationId, ScheduleRequestInput input, Caller caller, ScheduleService service, CancellationToken cancellationToken)
    {
        var job = await service.RequestAsync(caller.Scope, organisationId, input, cancellationToken);
        return TypedResults.Accepted($"/api/v1/schedules/{job.Id}", job);
    }

    private static async Task<Ok<IReadOnlyList<ScheduleSummary>>> List(
        int organisationId, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, organisationId, cancellationToken));

    private static async Task<Ok<IReadOnlyList<SlotView>>> Slots(
        int organisationId, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SlotsAsync(caller.Scope, organisationId, cancellationToken));

    private static async Task<Created<SlotView>> AddSlot(
        int organisationId, SlotInput input, Caller caller, ScheduleService service, CancellationToken cancellationToken)
    {
        var slot = await service.AddSlotAsync(caller.Scope, organisationId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/schedule-slots", slot);
    }

    private static async Task<Ok<SlotView>> ReviseSlot(
        int organisationId, int slotId, SlotInput input, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReviseSlotAsync(caller.Scope, organisationId, slotId, input, cancellationToken));

    private static async Task<NoContent> RemoveSlot(
        int organisationId, int slotId, Caller caller, ScheduleService service, CancellationToken cancellationToken)
    {
        await service.RemoveSlotAsync(caller.Scope, organisationId, slotId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ScheduleProgress>> Progress(int id, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ProgressAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<ScheduleView>> Get(int id, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<ActivityCoverage>>> Activities(int id, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ActivitiesAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<ScheduleView>> SetAssignments(
        int id, AssignmentsInput input, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SetAssignmentsAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<ScheduleView>> Publish(int id, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PublishAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<ScheduleView>> Cancel(int id, Caller caller, ScheduleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CancelAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<PersonWeek>> PersonWeek(
        int id, string week, Caller caller, EmployeeWeekService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PersonWeekAsync(caller.Scope, id, week, cancellationToken));

    private static async Task<Ok<PersonWeek>> MyWeek(string week, Caller caller, EmployeeWeekService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MyWeekAsync(caller.Scope, week, cancellationToken));

    private static async Task<FileContentHttpResult> MyCalendar(string week, Caller caller, EmployeeWeekService service, CancellationToken cancellationToken)
    {
        var mine = await service.MyWeekAsync(caller.Scope, week, cancellationToken);
        return TypedResults.File(Encoding.UTF8.GetBytes(WeekCalendar.Write(mine, "DroitEmploi")), "text/calendar", $"planning-{mine.Week}.ics");
    }

    private static async Task<Ok<MyAvailability>> MyAvailability(string week, Caller caller, EmployeeWeekService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MyAvailabilityAsync(caller.Scope, week, cancellationToken));

    private static async Task<Ok<MyAvailability>> SetMyAvailability(
        AvailabilityInput input, Caller caller, EmployeeWeekService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SetMyAvailabilityAsync(caller.Scope, input, cancellationToken));
}
