using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.People;

public static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder api)
    {
        var territory = api.MapGroup("/territories/{territoryId:int}").WithTags("Volontaires")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        territory.MapGet("/people", List).WithSummary("Registre des volontaires du territoire (recherche, situation, tri, pagination)");
        territory.MapPost("/people", Register).WithSummary("Inscrire un·e volontaire (doublon : 409, sauf confirmDuplicate)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        territory.MapGet("/people/duplicates", Duplicates).WithSummary("Personnes déjà inscrites avec les mêmes nom, prénom et date de naissance");
        territory.MapGet("/people/export", ExportRegistry).WithSummary("Exporter le registre (xlsx ou csv)");
        territory.MapPost("/people/import", Import)
            .WithSummary("Importer des volontaires (CSV ou XLSX, champ « file ») : 202 et une tâche à suivre ; dryRun=true ne change rien")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery().ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        territory.MapGet("/people/imports", RecentImports).WithSummary("Les derniers imports du territoire");
        territory.MapGet("/people/imports/{jobId:int}", ImportJob).WithSummary("Un import : étape, progression, et son rapport une fois terminé");
        territory.MapPost("/people/imports/{jobId:int}/cancel", CancelImport).WithSummary("Annuler un import : le registre reste tel qu'il était")
            .ProducesProblem(StatusCodes.Status409Conflict);
        territory.MapGet("/people-figures", Figures).WithSummary("Chiffres du registre : situations, attente, âges, part des femmes, embauches");

        var people = api.MapGroup("/people/{id:int}").WithTags("Volontaires")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        people.MapGet("/", Get).WithSummary("Fiche d'un·e volontaire (lecture journalisée)");
        people.MapPut("/", Update).WithSummary("Modifier la fiche (version lue obligatoire)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        people.MapGet("/eligibility", Eligibility).WithSummary("Proposition d'éligibilité calculée à une date, avec ses raisons");
        people.MapPost("/eligibility-decisions", Decide).WithSummary("Enregistrer la décision d'éligibilité du CLE et ses pièces")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        people.MapPost("/path", ChangePath).WithSummary("Sortie de liste, orientation ou retour sur la liste, avec la raison")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        people.MapGet("/export", Export).WithSummary("Exporter toutes les données de la personne (JSON, droit d'accès)");
        people.MapGet("/export.pdf", ExportPdf).WithSummary("Exporter toutes les données de la personne en PDF lisible (droit d'accès)");
        people.MapPost("/anonymise", Anonymise).WithSummary("Anonymiser la personne (droit à l'oubli) ; les statistiques restent")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<PagedResult<PersonSummary>>> List(
        int territoryId, Caller caller, PersonService service, CancellationToken cancellationToken,
        string? search = null, PathState? state = null, PeopleSort sort = PeopleSort.LastName, bool descending = false, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, territoryId,
            new PeopleQuery(search, state, sort, descending, page, pageSize), cancellationToken));

    private static async Task<Created<PersonDetails>> Register(
        int territoryId, PersonInput input, Caller caller, PersonService service, CancellationToken cancellationToken)
    {
        var created = await service.RegisterAsync(caller.Scope, territoryId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/people/{created.Id}", created);
    }

    private static async Task<Ok<IReadOnlyList<PersonSummary>>> Duplicates(
        int territoryId, string lastName, string firstName, DateOnly birthDate, Caller caller,
        PersonService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.FindDuplicatesAsync(caller.Scope, territoryId, lastName, firstName, birthDate, cancellationToken));

    private static async Task<FileContentHttpResult> ExportRegistry(
        int territoryId, Caller caller, PeopleExportService service, CancellationToken cancellationToken,
        ExportFormat format = ExportFormat.Xlsx)
    {
        var file = await service.RegistryAsync(caller.Scope, territoryId, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Accepted<PeopleImportJobView>> Import(
        int territoryId, HttpRequest request, Caller caller, PeopleImportService service, UploadLimits limits,
        CancellationToken cancellationToken, bool dryRun = true)
    {
        var (content, fileName) = await limits.ReadFileAsync(request, cancellationToken);
        var job = await service.QueueAsync(caller.Scope, territoryId, content, fileName, dryRun, cancellationToken);
        return TypedResults.Accepted($"/api/v1/territories/{territoryId}/people/imports/{job.Id}", job);
    }

    private static async Task<Ok<IReadOnlyList<PeopleImportJobView>>> RecentImports(
        int territoryId, Caller caller, PeopleImportService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RecentAsync(caller.Scope, territoryId, cancellationToken));

    private static async Task<Ok<PeopleImportJobView>> ImportJob(
        int territoryId, int jobId, Caller caller, PeopleImportService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, territoryId, jobId, cancellationToken));

    private static async Task<Ok<PeopleImportJobView>> CancelImport(
        int territoryId, int jobId, Caller caller, PeopleImportService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CancelAsync(caller.Scope, territoryId, jobId, cancellationToken));

    private static async Task<Ok<PeopleFigures>> Figures(
        int territoryId, Caller caller, PeopleFiguresService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ForTerritoryAsync(caller.Scope, territoryId, cancellationToken));

    private static async Task<Ok<PersonDetails>> Get(int id, Caller caller, PersonService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<PersonDetails>> Update(
        int id, PersonInput input, Caller caller, PersonService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.UpdateAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<EligibilityProposal>> Eligibility(
        int id, Caller caller, PersonService service, CancellationToken cancellationToken, DateOnly? at = null) =>
        TypedResults.Ok(await service.ProposeEligibilityAsync(caller.Scope, id, at, cancellationToken));

    private static async Task<Ok<PersonDetails>> Decide(
        int id, EligibilityDecisionInput input, Caller caller, PersonService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.DecideEligibilityAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<PersonDetails>> ChangePath(
        int id, PathChangeInput input, Caller caller, PersonService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ChangePathAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<PersonalDataExport>> Export(int id, Caller caller, PersonalDataService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ExportAsync(caller.Scope, id, cancellationToken));

    private static async Task<FileContentHttpResult> ExportPdf(int id, Caller caller, PersonalDataService service, CancellationToken cancellationToken) =>
        TypedResults.File(PersonalDataPdf.Render(await service.ExportAsync(caller.Scope, id, cancellationToken)), "application/pdf", $"donnees-personne-{id}.pdf");

    private static async Task<Ok<PersonDetails>> Anonymise(int id, Caller caller, PersonalDataService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.AnonymiseAsync(caller.Scope, id, cancellationToken));
}
