using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Commerce;

public static class CommerceEndpoints
{
    public static IEndpointRouteBuilder MapCommerceEndpoints(this IEndpointRouteBuilder api)
    {
        var organisation = api.MapGroup("/organisations/{organisationId:int}").WithTags("Ventes et factures")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        organisation.MapGet("/issuer", Issuer).WithSummary("L'émetteur des factures de la structure (204 s'il n'est pas encore renseigné)").Produces(StatusCodes.Status204NoContent);
        organisation.MapPut("/issuer", SaveIssuer).WithSummary("Renseigner l'émetteur : raison sociale, SIREN, TVA, pénalités, IBAN, numérotation")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapGet("/issuer/logo", Logo).WithSummary("Le logo de l'émetteur (PNG ou JPEG), 204 s'il n'en a pas")
            .Produces(StatusCodes.Status200OK, contentType: "image/png").Produces(StatusCodes.Status204NoContent);
        organisation.MapPut("/issuer/logo", SetLogo).WithSummary("Déposer le logo de l'émetteur (champ « file » : PNG ou JPEG, 300 Ko au plus)")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        organisation.MapDelete("/issuer/logo", RemoveLogo).WithSummary("Retirer le logo de l'émetteur").ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapGet("/clients", Clients).WithSummary("Clients de la structure (search=, page=, pageSize=)").ProducesValidationProblem();
        organisation.MapPost("/clients", AddClient).WithSummary("Ajouter un client (SIREN/SIRET vérifiés, doublons refusés)").ProducesValidationProblem();
        organisation.MapGet("/catalogue", Catalogue).WithSummary("Catalogue : prestations et produits, unité, prix HT, TVA");
        organisation.MapPost("/catalogue", AddItem).WithSummary("Ajouter une prestation ou un produit au catalogue").ProducesValidationProblem();
        organisation.MapGet("/invoices", Invoices).WithSummary("Factures et avoirs de la structure (status=)");
        organisation.MapGet("/revenue", Revenue).WithSummary("Chiffre d'affaires HT par activité et par mois (year=), avoirs déduits").ProducesValidationProblem();
        organisation.MapGet("/receivables", Receivables).WithSummary("Créances : factures impayées par ancienneté après l'échéance");
        organisation.MapGet("/sales-journal", SalesJournalFile).WithSummary("Journal des ventes au format FEC (from=, to=) pour l'expert-comptable")
            .Produces(StatusCodes.Status200OK, contentType: "text/tab-separated-values").ProducesValidationProblem();
        organisation.MapGet("/quotes", Quotes).WithSummary("Devis de la structure (status=)");
        organisation.MapPost("/quotes", DraftQuote).WithSummary("Créer un devis en brouillon").ProducesValidationProblem();
        organisation.MapPost("/invoices", Draft).WithSummary("Créer une facture en brouillon (issuerId facultatif)").ProducesValidationProblem();
        organisation.MapGet("/service-choices", ServiceChoices).WithSummary("Pour déclarer une prestation : les clients (nom, commune) et le catalogue");
        organisation.MapGet("/services", Services).WithSummary("Prestations déclarées (page=, pageSize=) : toutes pour la direction et la comptabilité, les siennes pour un·e salarié·e")
            .ProducesValidationProblem();
        organisation.MapPost("/services", RecordService).WithSummary("Déclarer une prestation faite (jour, client, prestation, quantité) : elle devient une ligne du brouillon de facture du client")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/clients/{id:int}", Client).WithTags("Ventes et factures").WithSummary("Un client (lecture journalisée pour un particulier)")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/clients/{id:int}", ReviseClient).WithTags("Ventes et factures").WithSummary("Modifier un client (version lue)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var quote = api.MapGroup("/quotes/{id:int}").WithTags("Ventes et factures")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        quote.MapPost("/send", SendQuote).WithSummary("Envoyer le devis : numéro de la série des devis, validité de l'émetteur").ProducesValidationProblem();
        quote.MapPost("/accept", AcceptQuote).WithSummary("Le client accepte : le devis devient une facture en brouillon (201 avec la facture)");
        quote.MapPost("/refuse", RefuseQuote).WithSummary("Le client refuse le devis");

        api.MapGet("/territories/{territoryId:int}/revenue", TerritoryRevenue).WithTags("Ventes et factures")
            .WithSummary("Chiffre d'affaires HT des structures du territoire, par activité et par mois (year=) ; aucun client")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        var invoice = api.MapGroup("/invoices/{id:int}").WithTags("Ventes et factures")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        invoice.MapGet("/", Get).WithSummary("Une facture ou un avoir, ses lignes et ses paiements");
        invoice.MapPut("/", Revise).WithSummary("Modifier un brouillon (version lue) ; une facture validée se corrige par un avoir")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        invoice.MapDelete("/", Delete).WithSummary("Supprimer un brouillon ; une facture validée ne se supprime pas (409)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict);
        invoice.MapPost("/validate", Validate).WithSummary("Valider : mentions obligatoires vérifiées, numéro suivant de la série, facture figée")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        invoice.MapPost("/sent", MarkSent).WithSummary("Marquer la facture comme envoyée").ProducesProblem(StatusCodes.Status409Conflict);
        invoice.MapPost("/credit-note", CreditNote).WithSummary("Créer l'avoir (brouillon) d'une facture validée").ProducesProblem(StatusCodes.Status409Conflict);
        invoice.MapPost("/payments", Pay).WithSummary("Enregistrer un paiement (partiel possible, trop-perçu refusé)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        invoice.MapGet("/pdf", Pdf).WithSummary("La facture en PDF, avec toutes les mentions obligatoires").Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        invoice.MapGet("/facturx", FacturX).WithSummary("Factur-X : le PDF/A-3 qui porte la facture EN 16931 (CII) en factur-x.xml ; factures et avoirs validés")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status409Conflict);
        invoice.MapGet("/ubl", Ubl).WithSummary("La facture ou l'avoir validé en UBL 2.1 (EN 16931)")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml").ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<IssuerView>, NoContent>> Issuer(int organisationId, Caller caller, CommerceService service, CancellationToken cancellationToken) =>
        await service.IssuerAsync(caller.Scope, organisationId, cancellationToken) is { } issuer ? TypedResults.Ok(issuer) : TypedResults.NoContent();

    private static async Task<Ok<IssuerView>> SaveIssuer(int organisationId, IssuerInput input, Caller caller, CommerceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SaveIssuerAsync(caller.Scope, organisationId, input, cancellationToken));

    private static async Task<Ok<ClientPage>> Clients(int organisationId, string? search, int? page, int? pageSize, Caller caller, CommerceService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ClientsAsync(caller.Scope, organisationId, search, page ?? 1, pageSize ?? 50, cancellationToken));

    private static async Task<Created<ClientView>> AddClient(int organisationId, ClientInput input, Caller caller, CommerceService service, CancellationToken cancellationToken)
    {
        var client = await service.AddClientAsync(caller.Scope, organisationId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/clients/{client.Id}", client);
    }

    private static async Task<Ok<ClientView>> Client(int id, Caller caller, CommerceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ClientAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<ClientView>> ReviseClient(int id, ClientInput input, Caller caller, CommerceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReviseClientAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<Ok<IReadOnlyList<CatalogueItemView>>> Catalogue(int organisationId, Caller caller, CommerceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CatalogueAsync(caller.Scope, organisationId, cancellationToken));

    private static async Task<Created<CatalogueItemView>> AddItem(int organisationId, CatalogueItemInput input, Caller caller, CommerceService service,
        CancellationToken cancellationToken)
    {
        var item = await service.AddCatalogueItemAsync(caller.Scope, organisationId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/catalogue", item);
    }

    private static async Task<Ok<IReadOnlyList<InvoiceSummary>>> Invoices(int organisationId, InvoiceStatus? status, Caller caller, InvoiceService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, organisationId, status, quotes: false, cancellationToken));

    private static async Task<Ok<IReadOnlyList<InvoiceSummary>>> Quotes(int organisationId, InvoiceStatus? status, Caller caller, InvoiceService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, organisationId, status, quotes: true, cancellationToken));

    private static async Task<Created<InvoiceDetails>> DraftQuote(int organisationId, InvoiceInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken)
    {
        var quote = await service.DraftAsync(caller.Scope, organisationId, input, InvoiceKind.Quote, cancellationToken);
        return TypedResults.Created($"/api/v1/invoices/{quote.Id}", quote);
    }

    private static async Task<Ok<InvoiceDetails>> SendQuote(int id, VersionInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SendQuoteAsync(caller.Scope, id, input.Version, cancellationToken));

    private static async Task<Created<InvoiceDetails>> AcceptQuote(int id, VersionInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken)
    {
        var invoice = await service.AcceptQuoteAsync(caller.Scope, id, input.Version, cancellationToken);
        return TypedResults.Created($"/api/v1/invoices/{invoice.Id}", invoice);
    }

    private static async Task<Ok<InvoiceDetails>> RefuseQuote(int id, VersionInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RefuseQuoteAsync(caller.Scope, id, input.Version, cancellationToken));

    private static async Task<Created<InvoiceDetails>> Draft(int organisationId, InvoiceInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken)
    {
        var invoice = await service.DraftAsync(caller.Scope, organisationId, input, InvoiceKind.Invoice, cancellationToken);
        return TypedResults.Created($"/api/v1/invoices/{invoice.Id}", invoice);
    }

    private static async Task<Results<FileContentHttpResult, NoContent>> Logo(int organisationId, Caller caller, CommerceService service, CancellationToken cancellationToken) =>
        await service.LogoAsync(caller.Scope, organisationId, cancellationToken) is { } logo ? TypedResults.File(logo.Content, logo.ContentType) : TypedResults.NoContent();

    private static async Task<Ok<IssuerView>> SetLogo(int organisationId, HttpRequest request, Caller caller, CommerceService service, People.UploadLimits limits,
        CancellationToken cancellationToken)
    {
        var (content, _) = await limits.ReadFileAsync(request, cancellationToken);
        return TypedResults.Ok(await service.SetLogoAsync(caller.Scope, organisationId, content, cancellationToken));
    }

    private static async Task<Ok<IssuerView>> RemoveLogo(int organisationId, Caller caller, CommerceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SetLogoAsync(caller.Scope, organisationId, null, cancellationToken));

    private static async Task<Ok<ServiceChoices>> ServiceChoices(int organisationId, Caller caller, ServiceRecordService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ChoicesAsync(caller.Scope, organisationId, cancellationToken));

    private static async Task<Ok<Core.Common.PagedResult<ServiceRecordView>>> Services(int organisationId, int? page, int? pageSize, Caller caller, ServiceRecordService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(caller.Scope, organisationId, page ?? 1, pageSize ?? 50, cancellationToken));

    private static async Task<Created<ServiceRecordView>> RecordService(int organisationId, ServiceRecordInput input, Caller caller, ServiceRecordService service,
        CancellationToken cancellationToken)
    {
        var record = await service.RecordAsync(caller.Scope, organisationId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/invoices/{record.InvoiceId}", record);
    }

    private static async Task<Ok<TerritoryRevenueReport>> TerritoryRevenue(int territoryId, int? year, Caller caller, SalesReportService service, TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.TerritoryRevenueAsync(caller.Scope, territoryId, year ?? clock.GetLocalNow().Year, cancellationToken));

    private static async Task<Ok<RevenueReport>> Revenue(int organisationId, int? year, Caller caller, SalesReportService service, TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RevenueAsync(caller.Scope, organisationId, year ?? clock.GetLocalNow().Year, cancellationToken));

    private static async Task<Ok<ReceivablesReport>> Receivables(int organisationId, Caller caller, SalesReportService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReceivablesAsync(caller.Scope, organisationId, cancellationToken));

    private static async Task<FileContentHttpResult> SalesJournalFile(int organisationId, DateOnly? from, DateOnly? to, Caller caller, SalesReportService service,
        CancellationToken cancellationToken)
    {
        var file = await service.SalesJournalAsync(caller.Scope, organisationId, from, to, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<InvoiceDetails>> Get(int id, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(caller.Scope, id, cancellationToken));

    private static async Task<Ok<InvoiceDetails>> Revise(int id, InvoiceInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ReviseAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<NoContent> Delete(int id, Caller caller, InvoiceService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(caller.Scope, id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InvoiceDetails>> Validate(int id, VersionInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ValidateAsync(caller.Scope, id, input.Version, cancellationToken));

    private static async Task<Ok<InvoiceDetails>> MarkSent(int id, VersionInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MarkSentAsync(caller.Scope, id, input.Version, cancellationToken));

    private static async Task<Created<InvoiceDetails>> CreditNote(int id, Caller caller, InvoiceService service, CancellationToken cancellationToken)
    {
        var note = await service.CreditNoteAsync(caller.Scope, id, cancellationToken);
        return TypedResults.Created($"/api/v1/invoices/{note.Id}", note);
    }

    private static async Task<Ok<InvoiceDetails>> Pay(int id, PaymentInput input, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PayAsync(caller.Scope, id, input, cancellationToken));

    private static async Task<FileContentHttpResult> Pdf(int id, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        Download(InvoicePdf.File(await service.GetAsync(caller.Scope, id, cancellationToken)));

    private static async Task<FileContentHttpResult> FacturX(int id, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        Download(ElectronicInvoice.FacturXFile(await service.GetAsync(caller.Scope, id, cancellationToken)));

    private static async Task<FileContentHttpResult> Ubl(int id, Caller caller, InvoiceService service, CancellationToken cancellationToken) =>
        Download(ElectronicInvoice.UblFile(await service.GetAsync(caller.Scope, id, cancellationToken)));

    private static FileContentHttpResult Download(Core.Common.Files.ExportedFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
