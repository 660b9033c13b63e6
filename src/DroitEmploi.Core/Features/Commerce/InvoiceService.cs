using System.Text.Json;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Parameters;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>Invoices and credit notes of an organisation: drafts, validation with its number, payments.</summary>
public sealed class InvoiceService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private const string InvoiceNotFound = "Cette facture n'existe pas ou ne vous est pas accessible.";
    /// <summary>How many times a validation that lost the race for a number tries again.</summary>
    private const int NumberingAttempts = 40;

    /// <summary>Invoices and credit notes, or with <paramref name="quotes"/> the quotes.</summary>
    public async Task<IReadOnlyList<InvoiceSummary>> ListAsync(AccessScope scope, int organisationId, InvoiceStatus? status = null, bool quotes = false,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var today = clock.Today();
        var query = db.Invoices.AsNoTracking().Where(i => i.OrganisationId == organisationId && (i.Kind == InvoiceKind.Quote) == quotes);
        if (status is { } only)
        {
            query = query.Where(i => i.Status == only);
        }
        var rows = await query.OrderBy(i => i.Status == InvoiceStatus.Draft ? 0 : 1).ThenByDescending(i => i.IssueDate).ThenByDescending(i => i.Id)
            .Select(i => new { Invoice = i, ClientName = db.Clients.Where(c => c.Id == i.ClientId).Select(c => c.Name).First() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Summary(r.Invoice, r.ClientName, today)).ToList();
    }

    public async Task<InvoiceDetails> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await RequireAsync(db, scope, id, cancellationToken);
        return await DetailsAsync(db, invoice, cancellationToken);
    }

    public async Task<InvoiceDetails> DraftAsync(AccessScope scope, int organisationId, InvoiceInput input, InvoiceKind kind = InvoiceKind.Invoice,
        CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var (issuer, client, catalogue, parameters) = await PartsAsync(db, organisationId, input, cancellationToken);
        await EnsureActivitiesAsync(db, organisationId, input, cancellationToken);
        var invoice = Invoice.Draft(organisationId, issuer, client, input, catalogue, parameters, clock.Today(), kind);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, invoice, cancellationToken);
    }

    public async Task<InvoiceDetails> ReviseAsync(AccessScope scope, int id, InvoiceInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var invoice = await RequireAsync(db, scope, id, cancellationToken);
        db.ExpectVersion(invoice, input.Version ?? throw ValidationFailedException.For("version", "Renvoyez la version lue de la facture."));
        input.IssuerId ??= invoice.IssuerId;
        var (issuer, client, catalogue, parameters) = await PartsAsync(db, invoice.OrganisationId, input, cancellationToken);
        await EnsureActivitiesAsync(db, invoice.OrganisationId, input, cancellationToken);
        invoice.Revise(issuer, client, input, catalogue, parameters, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, invoice, cancellationToken);
    }

    public async Task DeleteAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var invoice = await RequireAsync(db, scope, id, cancellationToken);
        invoice.EnsureDeletable();
        db.Invoices.Remove(invoice);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<InvoiceDetails> ValidateAsync(AccessScope scope, int id, int version, CancellationToken cancellationToken = default) =>
        NumberedAsync(scope, id, version, (invoice, issuer, client, number, today, credited) =>
            invoice.Validate(issuer, client, number, today, scope.UserName, clock.GetUtcNow().UtcDateTime, credited), cancellationToken);

    /// <summary>Sends a quote: numbered in its own series, the same way as an invoice.</summary>
    public Task<InvoiceDetails> SendQuoteAsync(AccessScope scope, int id, int version, CancellationToken cancellationToken = default) =>
        NumberedAsync(scope, id, version, (quote, issuer, client, number, today, _) =>
            quote.SendQuote(issuer, client, number, today, scope.UserName, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>The client accepted: the quote closes and its invoice is drafted; returns the draft invoice.</summary>
    public async Task<InvoiceDetails> AcceptQuoteAsync(AccessScope scope, int id, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var quote = await RequireAsync(db, scope, id, cancellationToken);
        db.ExpectVersion(quote, version);
        var invoice = quote.AcceptQuote(clock.Today());
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, invoice, cancellationToken);
    }

    public async Task<InvoiceDetails> RefuseQuoteAsync(AccessScope scope, int id, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var quote = await RequireAsync(db, scope, id, cancellationToken);
        db.ExpectVersion(quote, version);
        quote.RefuseQuote(clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, quote, cancellationToken);
    }

    /// <summary>
    /// Gives a draft its number — the next of its series, taken in the same transaction — and applies
    /// the change (validation, sending a quote). Two at once collide on the series' version; the loser
    /// reads the series again and takes the following number, so numbers stay continuous. A stale
    /// draft (another version) is a conflict.
    /// </summary>
    private async Task<InvoiceDetails> NumberedAsync(AccessScope scope, int id, int version, Action<Invoice, Issuer, Client, string, DateOnly, Invoice?> apply,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var invoice = await RequireAsync(db, scope, id, cancellationToken);
            db.ExpectVersion(invoice, version);
            var issuer = await db.Issuers.SingleAsync(i => i.Id == invoice.IssuerId, cancellationToken);
            var client = await db.Clients.SingleAsync(c => c.Id == invoice.ClientId, cancellationToken);
            var credited = invoice.CreditedInvoiceId is { } creditedId ? await db.Invoices.SingleAsync(i => i.Id == creditedId, cancellationToken) : null;
            var today = clock.Today();
            var pattern = issuer.PatternFor(invoice.Kind);
            var series = NumberPattern.Scope(pattern, today);
            var sequence = await db.InvoiceSequences.SingleOrDefaultAsync(s => s.IssuerId == issuer.Id && s.Scope == series, cancellationToken);
            if (sequence is null)
            {
                sequence = new InvoiceSequence { IssuerId = issuer.Id, Scope = series };
                db.InvoiceSequences.Add(sequence);
            }
            apply(invoice, issuer, client, NumberPattern.Format(pattern, today, sequence.Next()), today, credited);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return await DetailsAsync(db, invoice, cancellationToken);
            }
            catch (Exception race) when (race is ConcurrencyConflictException or DbUpdateException && attempt < NumberingAttempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                await Task.Delay(Random.Shared.Next(5, 20 + attempt * 5), cancellationToken);
            }
        }
    }

    public async Task<InvoiceDetails> MarkSentAsync(AccessScope scope, int id, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var invoice = await RequireAsync(db, scope, id, cancellationToken);
        db.ExpectVersion(invoice, version);
        invoice.MarkSent();
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, invoice, cancellationToken);
    }

    /// <summary>A draft credit note for what remains of the invoice; it gets its own number when validated.</summary>
    public async Task<InvoiceDetails> CreditNoteAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var invoice = await RequireAsync(db, scope, id, cancellationToken);
        if (await db.Invoices.AnyAsync(i => i.CreditedInvoiceId == id && i.Status == InvoiceStatus.Draft, cancellationToken))
        {
            throw new BusinessRuleException("Un avoir en brouillon existe déjà pour cette facture : complétez-le ou supprimez-le.");
        }
        var note = invoice.CreditNote(clock.Today());
        db.Invoices.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, note, cancellationToken);
    }

    public async Task<InvoiceDetails> PayAsync(AccessScope scope, int id, PaymentInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var invoice = await RequireAsync(db, scope, id, cancellationToken);
        if (input.Version is { } version)
        {
            db.ExpectVersion(invoice, version);
        }
        var payment = invoice.Pay(input, scope.UserName, clock.Today());
        if (invoice.CooperantId is { } cooperantId)
        {
            db.LedgerLines.Add(Cooperatives.LedgerLine.Cashed(invoice.OrganisationId, cooperantId, payment.PaidOn, payment.Amount, invoice.TotalNet, invoice.TotalGross, invoice.Number ?? ""));
        }
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, invoice, cancellationToken);
    }

    private static async Task<(Issuer, Client, IReadOnlyList<CatalogueItem>, ParameterSnapshot)> PartsAsync(
        AppDbContext db, int organisationId, InvoiceInput input, CancellationToken cancellationToken)
    {
        var issuer = input.IssuerId is { } issuerId
            ? await db.Issuers.SingleOrDefaultAsync(i => i.Id == issuerId, cancellationToken)
                ?? throw ValidationFailedException.For("issuerId", "Cet émetteur n'existe pas.")
            : await db.Issuers.SingleOrDefaultAsync(i => i.OrganisationId == organisationId, cancellationToken)
                ?? throw ValidationFailedException.For("issuerId", "Renseignez d'abord l'émetteur (raison sociale, SIREN, IBAN…) dans l'onglet « Émetteur ».");
        // A CAE will issue for the KPA it carries once the cooperatives record that link; until then an
        // organisation invoices under its own identity only.
        if (issuer.OrganisationId != organisationId)
        {
            throw ValidationFailedException.For("issuerId", "Cet émetteur ne facture pas pour cette structure.");
        }
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == input.ClientId && c.OrganisationId == organisationId, cancellationToken)
            ?? throw ValidationFailedException.For("clientId", "Ce client n'est pas un client de cette structure.");
        var catalogue = await db.CatalogueItems.Where(c => c.OrganisationId == organisationId).ToListAsync(cancellationToken);
        return (issuer, client, catalogue, await ParameterSnapshot.LoadAsync(db, cancellationToken));
    }

    private static async Task EnsureActivitiesAsync(AppDbContext db, int organisationId, InvoiceInput input, CancellationToken cancellationToken)
    {
        var named = input.Lines.Select(l => l.ActivityId).OfType<int>().Distinct().ToList();
        if (named.Count == 0)
        {
            return;
        }
        var own = await db.Activities.Where(a => named.Contains(a.Id) && a.OrganisationId == organisationId).Select(a => a.Id).ToListAsync(cancellationToken);
        var foreign = input.Lines.FindIndex(l => l.ActivityId is { } a && !own.Contains(a));
        if (foreign >= 0)
        {
            throw ValidationFailedException.For($"lines[{foreign}].activityId", $"Ligne {foreign + 1} : cette activité n'est pas une activité de la structure.");
        }
    }

    private static async Task<Invoice> RequireAsync(AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.Include(i => i.Lines).Include(i => i.Payments).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invoice is null || !scope.CanSell(invoice.OrganisationId))
        {
            throw new NotFoundException(InvoiceNotFound);
        }
        return invoice;
    }

    private async Task<InvoiceDetails> DetailsAsync(AppDbContext db, Invoice invoice, CancellationToken cancellationToken)
    {
        var issuer = invoice.IssuerSnapshot is { } frozenIssuer
            ? JsonSerializer.Deserialize<IssuerView>(frozenIssuer)!
            : IssuerView.Of(await db.Issuers.AsNoTracking().SingleAsync(i => i.Id == invoice.IssuerId, cancellationToken));
        var client = invoice.ClientSnapshot is { } frozenClient
            ? JsonSerializer.Deserialize<ClientView>(frozenClient)!
            : ClientView.Of(await db.Clients.AsNoTracking().SingleAsync(c => c.Id == invoice.ClientId, cancellationToken));
        var creditedNumber = invoice.CreditedInvoiceId is { } creditedId
            ? await db.Invoices.Where(i => i.Id == creditedId).Select(i => i.Number).SingleAsync(cancellationToken)
            : null;
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);
        var indemnity = parameters.ValueOn(ParameterCatalogue.RecoveryIndemnity, invoice.IssueDate ?? clock.Today());
        var lines = invoice.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineView(l.Position, l.CatalogueItemId, l.ActivityId, l.Description, l.Quantity,
            l.Unit, l.UnitPrice, l.VatCategory, l.VatRate, l.NetAmount, l.VatAmount)).ToList();
        var breakdown = invoice.Lines.GroupBy(l => (l.VatCategory, l.VatRate)).OrderByDescending(g => g.Key.VatRate)
            .Select(g => new VatBreakdown(g.Key.VatCategory, g.Key.VatRate, g.Sum(l => l.NetAmount), g.Sum(l => l.VatAmount))).ToList();
        return new InvoiceDetails(invoice.Id, invoice.OrganisationId, invoice.Kind, invoice.CreditedInvoiceId, creditedNumber, invoice.Number, invoice.StatusOn(clock.Today()),
            invoice.IssueDate, invoice.ServiceDate, invoice.DueDate, invoice.Category, invoice.OnBehalfOf, invoice.Note, issuer, client, lines,
            invoice.TotalNet, invoice.TotalVat, invoice.TotalGross, invoice.PaidAmount, invoice.CreditedAmount, invoice.Balance,
            invoice.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.Id).Select(p => new PaymentView(p.Id, p.PaidOn, p.Means, p.Amount, p.Reference, p.RecordedBy)).ToList(),
            breakdown, indemnity, invoice.Version, invoice.ValidUntil, invoice.QuoteId,
            await db.Issuers.Where(i => i.Id == invoice.IssuerId).Select(i => i.Logo).SingleAsync(cancellationToken));
    }

    private static InvoiceSummary Summary(Invoice i, string clientName, DateOnly today) =>
        new(i.Id, i.Kind, i.Number, i.StatusOn(today), i.ClientId, clientName, i.IssueDate, i.DueDate, i.TotalGross, i.Balance, i.IsOverdue(today), i.Version);
}
