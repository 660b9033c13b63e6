using DroitEmploi.Core.Features.Committee;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Committee;

public static class CommitteeEndpoints
{
    public static IEndpointRouteBuilder MapCommitteeEndpoints(this IEndpointRouteBuilder api)
    {
        var committee = api.MapGroup("/territories/{territoryId:int}/committee").WithTags("Comité local pour l'emploi")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        committee.MapGet("/", Overview).WithSummary("Le comité : quorum, collèges, membres, réunions et points à inscrire à l'ordre du jour");
        committee.MapPut("/rules", SetRules).WithSummary("Règlement intérieur : quorum (part des membres votants) et collèges propres au comité").ProducesValidationProblem();
        committee.MapGet("/members", Members).WithSummary("Membres du comité");
        committee.MapPost("/members", Appoint).WithSummary("Nommer un membre (collège, voix délibérative ou consultative, mandat)").ProducesValidationProblem();
        committee.MapGet("/meetings", Meetings).WithSummary("Réunions du comité");
        committee.MapPost("/meetings", Hold).WithSummary("Enregistrer une réunion : date, lieu, ordre du jour, présents").ProducesValidationProblem();

        api.MapPut("/committee-members/{id:int}", ReviseMember).WithTags("Comité local pour l'emploi")
            .WithSummary("Changer un siège : collège, voix, fin de mandat (version lue)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/me/committee-attendance", MyAttendance).WithTags("Comité local pour l'emploi")
            .WithSummary("Ma présence : les réunions des comités où je siège (siège lié à mon compte)").ProducesProblem(StatusCodes.Status401Unauthorized);

        var meeting = api.MapGroup("/meetings/{id:int}").WithTags("Comité local pour l'emploi")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        meeting.MapGet("/", Get).WithSummary("Une réunion : ordre du jour, présents, quorum et décisions");
        meeting.MapGet("/minutes.pdf", Minutes).WithSummary("Compte rendu de la réunion (PDF)");
        meeting.MapPut("/", Update).WithSummary("Compléter une réunion (présents, compte rendu)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        meeting.MapPost("/decisions", Decide).WithSummary("Prendre une décision (quorum requis) ; elle s'applique à l'activité ou au signalement visé")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static IEndpointRouteBuilder MapPublicCommitteeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/public/territories/{territoryId:int}/decisions", PublicDecisions).AllowAnonymous().WithTags("Public")
            .WithSummary("Décisions publiques du comité local pour l'emploi").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<CommitteeOverview>> Overview(int territoryId, Caller caller, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.OverviewAsync(caller.Scope, territoryId, cancellationToken));

    private static async Task<Ok<CommitteeOverview>> SetRules(int territoryId, RulesInput input, Caller caller, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SetRulesAsync(caller.Scope, territoryId, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<MemberView>>> Members(int territoryId, Caller caller, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MembersAsync(caller.Scope, territoryId, cancellationToken));

    private static async Task<Created<MemberView>> Appoint(int territoryId, MemberInput input, Caller caller, CommitteeService service, CancellationToken cancellationToken)
    {
        var member = await service.AppointAsync(caller.Scope, territoryId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/territories/{territoryId}/committee/members", member);
    }

    private static async Task<Ok<MemberView>> ReviseMember(int id, MemberInput input, Caller caller, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReviseMemberAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<AttendanceLine>>> MyAttendance(Caller caller, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MyAttendanceAsync(caller.Scope, cancellationToken));

    private static async Task<Ok<IReadOnlyList<MeetingSummary>>> Meetings(int territoryId, Caller caller, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MeetingsAsync(caller.Scope, territoryId, cancellationToken));

    private static async Task<Created<MeetingDetails>> Hold(int territoryId, MeetingInput input, Caller caller, CommitteeService service, CancellationToken cancellationToken)
    {
        var meeting = await service.HoldAsync(caller.Scope, territoryId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/meetings/{meeting.Id}", meeting);
    }

    private static async Task<Ok<MeetingDetails>> Get(int id, Caller caller, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetMeetingAsync(caller.Scope, id, cancellationToken));

    private static async Task<FileContentHttpResult> Minutes(int id, Caller caller, CommitteeService service, CancellationToken cancellationToken)
    {
        var meeting = await service.GetMeetingAsync(caller.Scope, id, cancellationToken);
        var members = await service.MembersAsync(caller.Scope, meeting.TerritoryId, cancellationToken);
        return TypedResults.File(MinutesPdf.Render(meeting, members), "application/pdf", $"compte-rendu-reunion-{id}.pdf");
    }

    private static async Task<Ok<MeetingDetails>> Update(int id, MeetingInput input, Caller caller, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateMeetingAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Created<DecisionView>> Decide(int id, DecisionInput input, Caller caller, CommitteeService service, CancellationToken cancellationToken)
    {
        var decision = await service.DecideAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/meetings/{id}", decision);
    }

    private static async Task<Ok<IReadOnlyList<DecisionView>>> PublicDecisions(int territoryId, CommitteeService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PublicDecisionsAsync(territoryId, cancellationToken));
}
