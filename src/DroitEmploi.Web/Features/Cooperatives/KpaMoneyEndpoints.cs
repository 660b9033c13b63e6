using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Cooperatives;

public static class KpaMoneyEndpoints
{
    private const string Tag = "KPA : soldes, partage et rémunérations";

    public static IEndpointRouteBuilder MapKpaMoneyEndpoints(this IEndpointRouteBuilder api)
    {
        var kpa = api.MapGroup("/kpas/{id:int}").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        kpa.MapPost("/ledger", RecordLine).WithSummary("Enregistrer un chiffre d'affaires encaissé, un coût direct, un coût partagé entre les membres ou un virement du collectif")
            .ProducesValidationProblem();
        kpa.MapGet("/balance", KpaBalance).WithSummary("Le solde collectif et ses lignes (month=AAAA-MM-01 : jusqu'à la fin de ce mois)");
        kpa.MapGet("/sharing", Sharing).WithSummary("Le partage du mois : marge, contribution à la structure de portage, résultat, part de chacun·e").ProducesValidationProblem();
        kpa.MapPost("/sharing", ApplySharing).WithSummary("Faire le partage d'un mois fini : une fois par mois").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        kpa.MapGet("/pay-requests", KpaPayRequests).WithSummary("Les demandes de rémunération du KPA");

        var cooperant = api.MapGroup("/cooperants/{id:int}").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        cooperant.MapGet("/balance", CooperantBalance).WithSummary("Le solde individuel, ce qui peut encore être demandé, la part du dernier mois partagé");
        cooperant.MapPost("/pay-requests", AskPay).WithSummary("Demander une rémunération (avant le jour limite de la structure de portage, sinon le mois suivant)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/me/balance", MyBalance).WithTags(Tag).WithSummary("Mon solde, ma part du mois et mes demandes")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        var request = api.MapGroup("/pay-requests/{id:int}").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem();
        request.MapPost("/submit", Submit).WithSummary("Transmettre la demande à la structure de portage (coordination du KPA)");
        request.MapPost("/validate", Validate).WithSummary("Valider la demande dans la limite du solde disponible, ou sur décision collective d'avance (structure de portage)");
        request.MapPost("/reject", Reject).WithSummary("Rejeter la demande avec son motif (structure de portage)");

        var portage = api.MapGroup("/portage/{id:int}").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        portage.MapGet("/pay-requests", PortagePayRequests).WithSummary("Les demandes transmises d'un mois, pour tous les KPA portés");
        portage.MapGet("/pay-requests/export", ExportPay).WithSummary("Les demandes validées d'un mois, pour la paie (CSV ou XLSX)");
        portage.MapGet("/contributions", Contributions).WithSummary("La contribution de chaque KPA porté, mois par mois, et la tranche atteinte").ProducesValidationProblem();
        portage.MapGet("/schedules", Schedules).WithSummary("Les conditions de la structure de portage, par date d'effet");
        portage.MapPost("/schedules", AddSchedule).WithSummary("De nouvelles conditions à partir d'une date : tranches, taux par tranche ou sur le tout, forfait, jour limite")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<LedgerView>> RecordLine(int id, LedgerLineInput input, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RecordLineAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<LedgerView>> KpaBalance(int id, DateOnly? month, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.KpaBalanceAsync(caller.Scope, id, month, cancellationToken));

    private static async Task<Ok<SharingStatement>> Sharing(int id, DateOnly? month, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SharingAsync(caller.Scope, id, month, cancellationToken));

    private static async Task<Ok<SharingStatement>> ApplySharing(int id, SharingInput input, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ApplySharingAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<PayRequestView>>> KpaPayRequests(int id, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.KpaPayRequestsAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<CooperantBalance>> CooperantBalance(int id, DateOnly? month, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CooperantBalanceAsync(caller.Scope, id, month, cancellationToken));

    private static async Task<Ok<CooperantBalance>> MyBalance(Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MyBalanceAsync(caller.Scope, cancellationToken));

    private static async Task<Created<PayRequestView>> AskPay(int id, PayRequestInput input, Caller caller, KpaMoneyService service, CancellationToken cancellationToken)
    {
        var request = await service.AskPayAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/pay-requests/{request.Id}", request);
    }

    private static async Task<Ok<PayRequestView>> Submit(int id, RejectionInput? input, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SubmitPayAsync(caller.Scope, id, input ?? new RejectionInput(), cancellationToken));

    private static async Task<Ok<PayRequestView>> Validate(int id, RejectionInput? input, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ValidatePayAsync(caller.Scope, id, input ?? new RejectionInput(), cancellationToken));

    private static async Task<Ok<PayRequestView>> Reject(int id, RejectionInput input, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RejectPayAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<PayRequestView>>> PortagePayRequests(int id, DateOnly? month, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PortagePayRequestsAsync(caller.Scope, id, month, cancellationToken));

    private static async Task<FileContentHttpResult> ExportPay(int id, DateOnly? month, Caller caller, KpaMoneyService service, CancellationToken cancellationToken,
        ExportFormat format = ExportFormat.Csv)
    {
        var file = await service.ExportPayAsync(caller.Scope, id, month, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<PortageContributions>> Contributions(int id, int year, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ContributionsAsync(caller.Scope, id, year, cancellationToken));

    private static async Task<Ok<IReadOnlyList<ContributionSchedule>>> Schedules(int id, Caller caller, KpaMoneyService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SchedulesAsync(caller.Scope, id, cancellationToken));

    private static async Task<Created<ContributionSchedule>> AddSchedule(int id, ContributionScheduleInput input, Caller caller, KpaMoneyService service, CancellationToken cancellationToken)
    {
        var schedule = await service.AddScheduleAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/portage/{id}/schedules", schedule);
    }
}
