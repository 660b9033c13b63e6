using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Cooperatives;

public static class CooperativesEndpoints
{
    private const string Tag = "KPA et coopérant·es";

    public static IEndpointRouteBuilder MapCooperativesEndpoints(this IEndpointRouteBuilder api)
    {
        var kpas = api.MapGroup("/kpas").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        kpas.MapGet("/", List).WithSummary("Les KPA visibles : structures porteuse, de portage et d'accueil, public, durée de parcours, chiffres sans nom");
        kpas.MapPost("/", Create).WithSummary("Créer le profil d'un KPA de l'annuaire").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        kpas.MapGet("/{id:int}", Get).WithSummary("Un KPA");
        kpas.MapPut("/{id:int}", Describe).WithSummary("Décrire un KPA (version lue)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        kpas.MapGet("/{id:int}/cooperants", Cooperants).WithSummary("Les coopérant·es du KPA et où chacun·e en est aujourd'hui (coordination et portage)");
        kpas.MapPost("/{id:int}/cooperants", Register).WithSummary("Inscrire un·e coopérant·e (nouvelle personne, ou volontaire du registre orienté·e vers le KPA)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        kpas.MapGet("/{id:int}/contributors", Contributors).WithSummary("Les contributeur·rices du KPA et combien de coopérant·es chacun·e accompagne");
        kpas.MapPost("/{id:int}/contributors", Enrol).WithSummary("Ajouter un·e contributeur·rice (entrepreneur·e salarié·e, bénévole, ancien·ne coopérant·e)").ProducesValidationProblem();
        kpas.MapGet("/{id:int}/network", Network).WithSummary("Le réseau du KPA : ses KPA, les rencontres inter-KPA et les ressources partagées");
        kpas.MapPost("/{id:int}/network/meetings", RecordMeeting).WithSummary("Enregistrer une rencontre inter-KPA : date, KPA présents, notes").ProducesValidationProblem();
        kpas.MapPost("/{id:int}/network/resources", Share).WithSummary("Partager une ressource avec le réseau : titre, lien, mots-clés").ProducesValidationProblem();
        api.MapGet("/kpa-reminders", Reminders).WithTags(Tag)
            .WithSummary("Contrats qui finissent dans les jours de rappel du KPA, sans renouvellement ni sortie enregistrés")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var cooperant = api.MapGroup("/cooperants/{id:int}").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        cooperant.MapGet("/", GetCooperant).WithSummary("Un·e coopérant·e : identité, inscription, étapes et situation du jour (lecture journalisée)");
        cooperant.MapPut("/", Revise).WithSummary("Modifier l'identité, le nom commercial, le ou la référent·e, les pièces vues (version lue)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        cooperant.MapPost("/steps", RecordStep).WithSummary("Enregistrer une étape : entrée, contrat, renouvellement, avenant, étape du parcours, sortie, retour")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        cooperant.MapGet("/situation", Situation).WithSummary("La situation à une date (at=AAAA-MM-JJ ; aujourd'hui par défaut)").ProducesValidationProblem();
        cooperant.MapPost("/insurance", Insurance).WithSummary("Valider l'assurance (avant toute activité)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        cooperant.MapPost("/services", RecordService).WithSummary("Déclarer une prestation faite par la personne : elle s'ajoute à la facture en préparation du client, émise au nom de la CAE avec son nom commercial et son CAPE")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        cooperant.MapPut("/accompaniment", Assign).WithSummary("Qui accompagne la personne").ProducesValidationProblem();
        cooperant.MapGet("/notes", Notes).WithSummary("Notes d'accompagnement (coordination du KPA seulement ; lecture journalisée)");
        cooperant.MapPost("/notes", Write).WithSummary("Écrire une note d'accompagnement : compétences, droits, santé, logement").ProducesValidationProblem();
        cooperant.MapPost("/waiting-list", JoinWaitingList).WithSummary("Demander à rejoindre une EBE : la fiche du registre revient sur la liste d'attente avec sa date de candidature")
            .ProducesProblem(StatusCodes.Status409Conflict);
        cooperant.MapPost("/signatures", Sign).WithSummary("Enregistrer une signature du CAPE : la personne, son ou sa référent·e, la coordination")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/cooperatives/figures", Figures).WithTags(Tag)
            .WithSummary("Les chiffres des KPA et des CTE visibles, tous territoires pour les financeurs : coopérant·es par étape, sorties, chiffre d'affaires, RTE versés")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/cooperatives/figures/export", ExportFigures).WithTags(Tag).WithSummary("Les mêmes chiffres en fichier (CSV ou XLSX)")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/me/cooperant", Mine).WithTags(Tag).WithSummary("Ma fiche de coopérant·e : mon parcours et les mois qui restent sur mon CAPE")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<KpaView>>> List(Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, cancellationToken));

    private static async Task<Created<KpaView>> Create(KpaInput input, Caller caller, KpaService service, CancellationToken cancellationToken)
    {
        var kpa = await service.CreateAsync(caller.Scope, input, cancellationToken);
        return TypedResults.Created($"/api/v1/kpas/{kpa.Id}", kpa);
    }

    private static async Task<Ok<KpaView>> Get(int id, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<KpaView>> Describe(int id, KpaInput input, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.DescribeAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<CooperantSummary>>> Cooperants(int id, string? search, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CooperantsAsync(caller.Scope, id, search, cancellationToken));

    private static async Task<Created<CooperantDetails>> Register(int id, CooperantInput input, Caller caller, KpaService service, CancellationToken cancellationToken)
    {
        var cooperant = await service.RegisterAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/cooperants/{cooperant.Id}", cooperant);
    }

    private static async Task<Ok<CooperantDetails>> JoinWaitingList(int id, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.JoinWaitingListAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<CooperativeFigures>> Figures(int? year, Caller caller, CooperativeFiguresService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ForAsync(caller.Scope, year, cancellationToken));

    private static async Task<FileContentHttpResult> ExportFigures(int? year, Caller caller, CooperativeFiguresService service, CancellationToken cancellationToken,
        ExportFormat format = ExportFormat.Csv)
    {
        var file = await service.ExportAsync(caller.Scope, year, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<IReadOnlyList<ContractEnding>>> Reminders(Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.EndingContractsAsync(caller.Scope, cancellationToken));

    private static async Task<Ok<CooperantDetails>> GetCooperant(int id, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetCooperantAsync(caller.Scope, id, cancellationToken: cancellationToken));

    private static async Task<Ok<CooperantDetails>> Revise(int id, CooperantInput input, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReviseCooperantAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<CooperantDetails>> RecordStep(int id, JourneyStepInput input, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RecordStepAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<CooperantSituation>> Situation(int id, DateOnly? at, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SituationAsync(caller.Scope, id, at, cancellationToken));

    private static async Task<Ok<CooperantDetails>> Insurance(int id, SignatureInput input, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ValidateInsuranceAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<CooperantDetails>> Sign(int id, SignatureInput input, Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SignAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Created<ServiceRecordView>> RecordService(int id, ServiceRecordInput input, Caller caller, ServiceRecordService service, CancellationToken cancellationToken)
    {
        var record = await service.RecordForCooperantAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/cooperants/{id}/services", record);
    }

    private static async Task<Ok<IReadOnlyList<ContributorView>>> Contributors(int id, Caller caller, AccompanimentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ContributorsAsync(caller.Scope, id, cancellationToken));

    private static async Task<Created<ContributorView>> Enrol(int id, ContributorInput input, Caller caller, AccompanimentService service, CancellationToken cancellationToken)
    {
        var contributor = await service.EnrolAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/kpas/{id}/contributors", contributor);
    }

    private static async Task<NoContent> Assign(int id, AccompanimentInput input, Caller caller, AccompanimentService service, CancellationToken cancellationToken)
    {
        await service.AssignAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<AccompanimentNoteView>>> Notes(int id, Caller caller, AccompanimentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.NotesAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<AccompanimentNoteView>>> Write(int id, NoteInput input, Caller caller, AccompanimentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.WriteAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<NetworkView>> Network(int id, Caller caller, NetworkService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<NetworkView>> RecordMeeting(int id, NetworkMeetingInput input, Caller caller, NetworkService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RecordMeetingAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<NetworkView>> Share(int id, SharedResourceInput input, Caller caller, NetworkService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ShareAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<CooperantDetails>> Mine(Caller caller, KpaService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MineAsync(caller.Scope, cancellationToken));
}
