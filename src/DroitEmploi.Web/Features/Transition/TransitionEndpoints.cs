using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.Transition;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Transition;

public static class TransitionEndpoints
{
    private const string Tag = "RTE et coopératives de transition";

    public static IEndpointRouteBuilder MapTransitionEndpoints(this IEndpointRouteBuilder api)
    {
        var ctes = api.MapGroup("/ctes").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        ctes.MapGet("/", List).WithSummary("Les coopératives de transition écologique visibles, avec leurs chiffres sans nom");
        ctes.MapPost("/", Create).WithSummary("Créer le profil d'une CTE de l'annuaire (SCIC ou CAE)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        ctes.MapGet("/{id:int}", Get).WithSummary("Une CTE");
        ctes.MapPut("/{id:int}", Describe).WithSummary("Décrire une CTE : monnaie locale, convention RSA (version lue)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        ctes.MapGet("/{id:int}/members", Members).WithSummary("Les sociétaires par collège (coordination de la CTE ; lecture journalisée)");
        ctes.MapPost("/{id:int}/members", Admit).WithSummary("Enregistrer un·e sociétaire : habitant·e (ou volontaire du registre), entreprise, expert·e, collectivité")
            .ProducesValidationProblem();
        ctes.MapGet("/{id:int}/grids", Grids).WithSummary("Les versions de la grille du RTE, la plus récente d'abord");
        ctes.MapPost("/{id:int}/grids", AdoptGrid).WithSummary("Adopter une nouvelle version de la grille (les RTE décidés gardent la leur)").ProducesValidationProblem();
        ctes.MapGet("/{id:int}/grants", Grants).WithSummary("Les RTE accordés (coordination de la CTE ; lecture journalisée)");
        ctes.MapPost("/{id:int}/grants", Decide).WithSummary("Enregistrer un RTE décidé : sociétaire, nature, montant de la grille, durée, part en monnaie locale, heures avec le RSA")
            .ProducesValidationProblem();
        ctes.MapGet("/{id:int}/payments", Payments).WithSummary("Les RTE d'un mois (month=AAAA-MM-JJ) : versés, ou dus s'ils ne le sont pas encore");
        ctes.MapPost("/{id:int}/payments", PayMonth).WithSummary("Verser les RTE d'un mois, en euros et en monnaie locale, dans la limite de la mise en commun")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        ctes.MapGet("/{id:int}/payments/export", Export).WithSummary("Les RTE d'un mois en fichier (CSV ou XLSX)")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctes.MapGet("/{id:int}/pool", Pool).WithSummary("La mise en commun d'une année (year=AAAA) : contributions, pertes, subventions, RTE versés, disponible")
            .ProducesValidationProblem();
        ctes.MapPost("/{id:int}/pool/resources", AddResource).WithSummary("Enregistrer une subvention reçue (collectivité, fondation)").ProducesValidationProblem();
        ctes.MapGet("/{id:int}/activities", Activities).WithSummary("Les activités de la CTE, leurs résultats et leurs essaimages");
        ctes.MapPost("/{id:int}/activities", Start).WithSummary("Enregistrer une activité de la CTE").ProducesValidationProblem();

        var activity = api.MapGroup("/cte-activities/{id:int}").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        activity.MapPost("/results", RecordResult).WithSummary("Le chiffre d'affaires et les charges d'un mois (une correction remplace le mois)");
        activity.MapPost("/spin-off", SpinOff).WithSummary("L'activité essaime en entreprise, avec son SIREN : les RTE qui la soutenaient prennent fin");
        activity.MapPost("/follow-ups", FollowUp).WithSummary("Le suivi à 6, 12 ou 24 mois d'une activité essaimée");

        api.MapPut("/cte-members/{id:int}", Revise).WithTags(Tag).WithSummary("Modifier un·e sociétaire : collège, adhésion, sortie, parts (version lue)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/rte-grants/{id:int}/end", End).WithTags(Tag).WithSummary("Mettre fin à un RTE avant son terme, avec la raison")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        var me = api.MapGroup("/me/rte").WithTags(Tag).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        me.MapGet("/", Mine).WithSummary("Mon RTE : ce mois-ci, la part en monnaie locale, les mois qui restent, mes derniers versements");
        me.MapPost("/waiting-list", JoinWaitingList).WithSummary("Demander à rejoindre une EBE : retour sur la liste d'attente avec ma date de candidature")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<CteView>>> List(Caller caller, CteService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, cancellationToken));

    private static async Task<Created<CteView>> Create(CteInput input, Caller caller, CteService service, CancellationToken cancellationToken)
    {
        var cte = await service.CreateAsync(caller.Scope, input, cancellationToken);
        return TypedResults.Created($"/api/v1/ctes/{cte.Id}", cte);
    }

    private static async Task<Ok<CteView>> Get(int id, Caller caller, CteService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<CteView>> Describe(int id, CteInput input, Caller caller, CteService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.DescribeAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<CteMemberView>>> Members(int id, string? search, MemberCategory? category, Caller caller, CteService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MembersAsync(caller.Scope, id, search, category, cancellationToken));

    private static async Task<Created<CteMemberView>> Admit(int id, CteMemberInput input, Caller caller, CteService service, CancellationToken cancellationToken)
    {
        var member = await service.AdmitAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/cte-members/{member.Id}", member);
    }

    private static async Task<Ok<CteMemberView>> Revise(int id, CteMemberInput input, Caller caller, CteService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReviseMemberAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<RteGridView>>> Grids(int id, Caller caller, CteService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GridsAsync(caller.Scope, id, cancellationToken));

    private static async Task<Created<RteGridView>> AdoptGrid(int id, RteGridInput input, Caller caller, CteService service, CancellationToken cancellationToken)
    {
        var grid = await service.AdoptGridAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/ctes/{id}/grids", grid);
    }

    private static async Task<Ok<IReadOnlyList<RteGrantView>>> Grants(int id, string? search, bool? current, Caller caller, RteGrantService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GrantsAsync(caller.Scope, id, search, current ?? false, cancellationToken));

    private static async Task<Created<RteGrantView>> Decide(int id, RteGrantInput input, Caller caller, RteGrantService service, CancellationToken cancellationToken)
    {
        var grant = await service.DecideAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/ctes/{id}/grants", grant);
    }

    private static async Task<Ok<RteGrantView>> End(int id, GrantEndInput input, Caller caller, RteGrantService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.EndAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<PaymentRun>> Payments(int id, DateOnly? month, Caller caller, RteGrantService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PaymentsAsync(caller.Scope, id, month, cancellationToken));

    private static async Task<Ok<PaymentRun>> PayMonth(int id, PaymentMonthInput input, Caller caller, RteGrantService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PayMonthAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<FileContentHttpResult> Export(int id, DateOnly? month, Caller caller, RteGrantService service, CancellationToken cancellationToken,
        ExportFormat format = ExportFormat.Csv)
    {
        var file = await service.ExportAsync(caller.Scope, id, month, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<PoolStatement>> Pool(int id, int? year, Caller caller, CtePoolService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PoolAsync(caller.Scope, id, year, cancellationToken));

    private static async Task<Created<PoolStatement>> AddResource(int id, PoolResourceInput input, Caller caller, CtePoolService service, CancellationToken cancellationToken)
    {
        var pool = await service.AddResourceAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/ctes/{id}/pool?year={pool.Year}", pool);
    }

    private static async Task<Ok<IReadOnlyList<CteActivityView>>> Activities(int id, Caller caller, CtePoolService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ActivitiesAsync(caller.Scope, id, cancellationToken));

    private static async Task<Created<CteActivityView>> Start(int id, CteActivityInput input, Caller caller, CtePoolService service, CancellationToken cancellationToken)
    {
        var activity = await service.StartAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/ctes/{id}/activities", activity);
    }

    private static async Task<Ok<CteActivityView>> RecordResult(int id, ActivityResultInput input, Caller caller, CtePoolService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RecordResultAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<CteActivityView>> SpinOff(int id, SpinOffInput input, Caller caller, CtePoolService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SpinOffAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<CteActivityView>> FollowUp(int id, FollowUpInput input, Caller caller, CtePoolService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.FollowUpAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<HolderView>> Mine(Caller caller, RteGrantService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MineAsync(caller.Scope, cancellationToken));

    private static async Task<Ok<HolderView>> JoinWaitingList(Caller caller, RteGrantService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.JoinWaitingListAsync(caller.Scope, cancellationToken));
}
