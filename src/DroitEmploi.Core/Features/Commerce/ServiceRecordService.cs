using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Parameters;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>Services recorded by the people who did them, each one a line of its client's draft invoice.</summary>
public sealed class ServiceRecordService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The clients (names and communes) and the catalogue an employee picks from; archived items are left out.</summary>
    public async Task<ServiceChoices> ChoicesAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanRecordServices(organisationId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var clients = await db.Clients.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderBy(c => c.Name)
            .Select(c => new ServiceClientChoice(c.Id, c.Name, c.City)).ToListAsync(cancellationToken);
        var items = await (
            from item in db.CatalogueItems.AsNoTracking()
            where item.OrganisationId == organisationId && !item.Archived
            join activity in db.Activities.AsNoTracking() on item.ActivityId equals (int?)activity.Id into named
            from activity in named.DefaultIfEmpty()
            orderby item.Name
            select new ServiceItemChoice(item.Id, item.Name, item.Unit, activity == null ? null : activity.Name))
            .ToListAsync(cancellationToken);
        return new ServiceChoices(clients, items);
    }

    /// <summary>Records the service and adds it to the client's draft invoice, drafting one if the client has none.</summary>
    public async Task<ServiceRecordView> RecordAsync(AccessScope scope, int organisationId, ServiceRecordInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanRecordServices(organisationId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        // A KPA's cooperant records under their own record: its insurance and contract rule the day, the invoice names them.
        var cooperant = scope.IsCooperantOf(organisationId)
            ? await db.Cooperants.Include(c => c.Steps).SingleOrDefaultAsync(c => c.KpaId == organisationId && c.AccountId == scope.UserId, cancellationToken)
                ?? throw new BusinessRuleException(Cooperatives.KpaQueries.NoCooperantRecord)
            : null;
        return await RecordAsync(db, scope, organisation, cooperant, input, cancellationToken);
    }

    /// <summary>A service a cooperant did, recorded by them or by their KPA's coordination.</summary>
    public async Task<ServiceRecordView> RecordForCooperantAsync(AccessScope scope, int cooperantId, ServiceRecordInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var cooperant = await db.Cooperants.Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == cooperantId, cancellationToken)
            ?? throw new NotFoundException(AccessScope.CooperantNotFound);
        var organisation = await db.Organisations.RequireAsync(cooperant.KpaId, cancellationToken);
        scope.EnsureCanAskPay(cooperant.KpaId, organisation.PortageId, cooperant.AccountId);
        return await RecordAsync(db, scope, organisation, cooperant, input, cancellationToken);
    }

    private async Task<ServiceRecordView> RecordAsync(AppDbContext db, AccessScope scope, Organisation organisation, Cooperatives.Cooperant? cooperant,
        ServiceRecordInput input, CancellationToken cancellationToken)
    {
        var organisationId = organisation.Id;
        var issuer = await db.Issuers.SingleOrDefaultAsync(i => i.OrganisationId == organisationId, cancellationToken)
            ?? throw new BusinessRuleException("La structure n'a pas encore renseigné son identité de facturation : la direction doit le faire d'abord.");
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == input.ClientId && c.OrganisationId == organisationId, cancellationToken)
            ?? throw ValidationFailedException.For("clientId", "Ce client n'est pas un client de cette structure.");
        var catalogue = await db.CatalogueItems.Where(c => c.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var item = catalogue.FirstOrDefault(c => c.Id == input.CatalogueItemId && !c.Archived)
            ?? throw ValidationFailedException.For("catalogueItemId", "Cette prestation n'est pas au catalogue de la structure.");
        var name = await db.Users.Where(u => u.Id == scope.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var record = ServiceRecord.Record(organisationId, client, item, input, scope.UserId, string.IsNullOrWhiteSpace(name) ? scope.UserName : name, clock.Today());
        string? onBehalfOf = null;
        if (cooperant is not null)
        {
            var kpa = await db.Kpas.AsNoTracking().SingleAsync(k => k.OrganisationId == organisationId, cancellationToken);
            var situation = cooperant.EnsureMayWork(kpa, record.DoneOn);
            var cooperantName = cooperant.PersonId is { } personId
                ? await db.People.Where(p => p.Id == personId).Select(p => p.FirstName + " " + p.LastName).SingleAsync(cancellationToken)
                : $"{cooperant.FirstName} {cooperant.LastName}";
            onBehalfOf = Cooperatives.Cooperant.InvoiceMention(organisation.Name, cooperantName, cooperant.TradeName, situation);
            record.CooperantId = cooperant.Id;
        }
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);

        // One draft per client, and per cooperant in a KPA: each invoice names the one who did the work.
        var cooperantId = cooperant?.Id;
        var draft = await db.Invoices.Include(i => i.Lines)
            .Where(i => i.OrganisationId == organisationId && i.ClientId == client.Id && i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Draft && i.QuoteId == null
                && i.CooperantId == cooperantId)
            .OrderByDescending(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            draft = Invoice.Draft(organisationId, issuer, client, new InvoiceInput { ClientId = client.Id, ServiceDate = record.DoneOn, OnBehalfOf = onBehalfOf }, catalogue, parameters, clock.Today());
            draft.CooperantId = cooperantId;
            db.Invoices.Add(draft);
        }
        draft.AddService(issuer, client, record.Line(item), catalogue, parameters, record.DoneOn);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        record.InvoiceId = draft.Id;
        db.ServiceRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(record, client.Name, item, null);
    }

    /// <summary>Recorded services, latest first: all of them for those who sell, her own for an employee.</summary>
    public async Task<PagedResult<ServiceRecordView>> ListAsync(AccessScope scope, int organisationId, int page = 1, int pageSize = 50,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureCanRecordServices(organisationId);
        (page, pageSize) = Paging.Clamp(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var query = db.ServiceRecords.AsNoTracking().Where(r => r.OrganisationId == organisationId);
        if (!scope.CanSell(organisationId))
        {
            query = query.Where(r => r.RecordedByUserId == scope.UserId);
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await (
            from record in query
            join client in db.Clients.AsNoTracking() on record.ClientId equals client.Id
            join item in db.CatalogueItems.AsNoTracking() on record.CatalogueItemId equals item.Id
            join invoice in db.Invoices.AsNoTracking() on record.InvoiceId equals (int?)invoice.Id into invoiced
            from invoice in invoiced.DefaultIfEmpty()
            orderby record.DoneOn descending, record.Id descending
            select new { Record = record, ClientName = client.Name, Item = item, Number = invoice == null ? null : invoice.Number })
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<ServiceRecordView>(rows.Select(r => View(r.Record, r.ClientName, r.Item, r.Number)).ToList(), total, page, pageSize);
    }

    private static ServiceRecordView View(ServiceRecord r, string clientName, CatalogueItem item, string? invoiceNumber) =>
        new(r.Id, r.DoneOn, r.ClientId, clientName, item.Name, r.Quantity, item.Unit, r.Note, r.RecordedByName, r.InvoiceId, invoiceNumber, r.CreatedAt);
}
