using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.Agreements;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Agreements;

public static class AgreementEndpoints
{
    public static IEndpointRouteBuilder MapAgreementEndpoints(this IEndpointRouteBuilder api)
    {
        var organisation = api.MapGroup("/organisations/{id:int}").WithTags("Convention avec le fonds")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        organisation.MapGet("/agreement", Get).WithSummary("La convention d'une année avec le fonds face au réalisé : ETP et embauches, dû et reçu, réconciliation");
        organisation.MapPut("/agreement", Set).WithSummary("Écrire la convention de l'année : taux, complément d'équilibre, ETP et embauches prévus des douze mois (version lue)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapGet("/agreement/export", Export).WithSummary("La comparaison et la réconciliation en fichier (CSV ou XLSX)")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        organisation.MapPost("/funding-payments", RecordPayment).WithSummary("Enregistrer un versement reçu du fonds ou du département")
            .ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapPost("/employer-contribution-rates", AddEmployerRate)
            .WithSummary("Renseigner, à partir d'une date, le taux de cotisations patronales de la paie : l'alerte du relevé compare alors au coût employeur")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/funding-payments/{id:int}", DeletePayment).WithTags("Convention avec le fonds").WithSummary("Supprimer un versement saisi par erreur")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<FundAgreementView>> Get(int id, int year, Caller caller, AgreementService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, year, cancellationToken));

    private static async Task<Ok<FundAgreementView>> Set(int id, int year, AgreementInput input, Caller caller, AgreementService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SetAsync(caller.Scope, id, year, input, cancellationToken));

    private static async Task<FileContentHttpResult> Export(int id, int year, Caller caller, AgreementService service, CancellationToken cancellationToken,
        ExportFormat format = ExportFormat.Csv)
    {
        var file = await service.ExportAsync(caller.Scope, id, year, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Created<FundingPaymentView>> RecordPayment(int id, FundingPaymentInput input, Caller caller, AgreementService service,
        CancellationToken cancellationToken)
    {
        var payment = await service.RecordPaymentAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created($"/api/v1/funding-payments/{payment.Id}", payment);
    }

    private static async Task<NoContent> DeletePayment(int id, Caller caller, AgreementService service, CancellationToken cancellationToken)
    {
        await service.DeletePaymentAsync(caller.Scope, id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<EmployerContributionRateView>>> AddEmployerRate(int id, EmployerContributionRateInput input, Caller caller,
        AgreementService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AddEmployerRateAsync(caller.Scope, id, input, cancellationToken));
}
