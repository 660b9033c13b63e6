using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Parameters;

public static class ParameterEndpoints
{
    public static IEndpointRouteBuilder MapParameterEndpoints(this IEndpointRouteBuilder api)
    {
        var parameters = api.MapGroup("/parameters").WithTags("Paramètres datés").ProducesProblem(StatusCodes.Status401Unauthorized);
        parameters.MapGet("/", List).WithSummary("Paramètres datés (seuils, taux, montants) avec leur source, valeurs retirées comprises");
        parameters.MapPost("/preview", Preview).WithSummary("Ce qu'une nouvelle valeur modifierait : mois passés et relevés de financement (administrateur)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        parameters.MapPost("/", Add)
            .WithSummary("Nouvelle valeur à partir d'une date (administrateur) ; si elle modifie des mois passés : reason et confirmPastChanges, sinon 409 avec l'aperçu")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        parameters.MapPost("/{id:int}/corrections", Correct)
            .WithSummary("Corriger une valeur : la même période, la bonne valeur ; l'ancienne reste dans l'historique, retirée avec la raison")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        parameters.MapPost("/{id:int}/withdrawal", Withdraw)
            .WithSummary("Retirer une valeur saisie par erreur, avec la raison : sa période revient à la valeur précédente")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<DatedParameterView>>> List(ParameterService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(cancellationToken));

    private static async Task<Ok<ParameterChangePreview>> Preview(
        ParameterValueInput input, Caller caller, ParameterService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PreviewAsync(caller.Scope, input, cancellationToken));

    private static async Task<Created<DatedParameterView>> Add(
        ParameterValueInput input, Caller caller, ParameterService service, CancellationToken cancellationToken)
    {
        var added = await service.AddValueAsync(caller.Scope, input, cancellationToken);
        return TypedResults.Created("/api/v1/parameters", added);
    }

    private static async Task<Created<DatedParameterView>> Correct(
        int id, ParameterCorrectionInput input, Caller caller, ParameterService service, CancellationToken cancellationToken)
    {
        var corrected = await service.CorrectAsync(caller.Scope, id, input, cancellationToken);
        return TypedResults.Created("/api/v1/parameters", corrected);
    }

    private static async Task<Ok<DatedParameterView>> Withdraw(
        int id, ParameterWithdrawalInput input, Caller caller, ParameterService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.WithdrawAsync(caller.Scope, id, input, cancellationToken));
}
