using System.Text;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>What the sales add up to: revenue per activity, what clients owe, the journal for the accountant.</summary>
public sealed class SalesReportService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private const string WithoutActivity = "Sans activité";
    private static readonly (string Label, int From, int To)[] AgeBands =
        [("Non échu", int.MinValue, 0), ("1 à 30 jours", 1, 30), ("31 à 60 jours", 31, 60), ("61 à 90 jours", 61, 90), ("Plus de 90 jours", 91, int.MaxValue)];

    /// <summary>
    /// Revenue before tax per activity and month, from validated invoices less credit notes. It is an
    /// organisation figure — no client in it — so those who read the organisation's figures read it.
    /// </summary>
    public async Task<RevenueReport> RevenueAsync(AccessScope scope, int organisationId, int year, CancellationToken cancellationToken = default)
    {
        EnsureYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Territories).RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanReadOrganisationFigures(OrganisationAccess.Of(organisation));
        var lines = await RevenueLinesAsync(db, [organisationId], year, cancellationToken);
        var activities = await ActivityNamesAsync(db, [organisationId], cancellationToken);
        return Report(organisationId, year, lines, activities);
    }

    /// <summary>
    /// A territory's revenue: each organisation of the territory that sold something, with its activities, month by
    /// month. The territory's figures: whoever reads the territory reads it; it names no client.
    /// </summary>
    public async Task<TerritoryRevenueReport> TerritoryRevenueAsync(AccessScope scope, int territoryId, int year, CancellationToken cancellationToken = default)
    {
        EnsureYear(year);
        scope.EnsureCanReadTerritory(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territory = await db.Territories.AsNoTracking().RequireAsync(territoryId, cancellationToken);
        var organisations = await db.OrganisationTerritories.AsNoTracking().Where(t => t.TerritoryId == territoryId)
            .Select(t => new { t.OrganisationId, t.Organisation!.Name }).ToListAsync(cancellationToken);
        var ids = organisations.Select(o => o.OrganisationId).ToList();
        var lines = await RevenueLinesAsync(db, ids, year, cancellationToken);
        var activities = await ActivityNamesAsync(db, ids, cancellationToken);
        var reports = organisations
            .Where(o => lines.Any(l => l.OrganisationId == o.OrganisationId))
            .Select(o => new OrganisationRevenue(o.OrganisationId, o.Name, Report(o.OrganisationId, year, lines.Where(l => l.OrganisationId == o.OrganisationId).ToList(), activities)))
            .OrderByDescending(o => o.Report.Total).ToList();
        var totals = Enumerable.Range(0, 12).Select(m => reports.Sum(r => r.Report.MonthTotals[m])).ToList();
        return new TerritoryRevenueReport(territoryId, territory.Name, year, reports, totals, totals.Sum());
    }

    private static void EnsureYear(int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw ValidationFailedException.For("year", "Choisissez une année entre 2000 et 2100.");
        }
    }

    private sealed record RevenueLine(int OrganisationId, InvoiceKind Kind, DateOnly? IssueDate, int? ActivityId, decimal NetAmount);

    private static async Task<List<RevenueLine>> RevenueLinesAsync(AppDbContext db, List<int> organisationIds, int year, CancellationToken cancellationToken)
    {
        var january = new DateOnly(year, 1, 1);
        var december = new DateOnly(year, 12, 31);
        // A join rather than SelectMany: SQLite has no APPLY.
        return await (
            from line in db.Set<InvoiceLine>().AsNoTracking()
            join invoice in db.Invoices.AsNoTracking() on line.InvoiceId equals invoice.Id
            where organisationIds.Contains(invoice.OrganisationId) && invoice.Kind != InvoiceKind.Quote && invoice.Status != InvoiceStatus.Draft
                && invoice.IssueDate >= january && invoice.IssueDate <= december
            select new RevenueLine(invoice.OrganisationId, invoice.Kind, invoice.IssueDate, line.ActivityId, line.NetAmount))
            .ToListAsync(cancellationToken);
    }

    private static Task<Dictionary<int, (string Name, string? Division)>> ActivityNamesAsync(AppDbContext db, List<int> organisationIds, CancellationToken cancellationToken) =>
        db.Activities.AsNoTracking().Where(a => organisationIds.Contains(a.OrganisationId))
            .ToDictionaryAsync(a => a.Id, a => (a.Name, a.Division), cancellationToken);

    /// <summary>One row per activity, credit notes deducted in the month they were issued.</summary>
    private static RevenueReport Report(int organisationId, int year, List<RevenueLine> lines, Dictionary<int, (string Name, string? Division)> activities)
    {
        var rows = lines.GroupBy(l => l.ActivityId).Select(g =>
        {
            var months = Enumerable.Range(1, 12).Select(m => g.Where(l => l.IssueDate!.Value.Month == m)
                .Sum(l => l.Kind == InvoiceKind.CreditNote ? -l.NetAmount : l.NetAmount)).ToList();
            var (name, division) = g.Key is { } id && activities.TryGetValue(id, out var a) ? a : (WithoutActivity, null);
            return new RevenueRow(g.Key, name, division, months, months.Sum());
        }).OrderBy(r => r.Division ?? "\uffff").ThenByDescending(r => r.Total).ToList();
        var totals = Enumerable.Range(0, 12).Select(m => rows.Sum(r => r.Months[m])).ToList();
        return new RevenueReport(organisationId, year, rows, totals, totals.Sum());
    }

    /// <summary>Unpaid invoices by age past their due date; names clients, so only those who sell see it.</summary>
    public async Task<ReceivablesReport> ReceivablesAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var today = clock.Today();
        var open = await db.Invoices.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Kind == InvoiceKind.Invoice
                && (i.Status == InvoiceStatus.Validated || i.Status == InvoiceStatus.Sent || i.Status == InvoiceStatus.PartlyPaid))
            .Select(i => new { Invoice = i, ClientName = db.Clients.Where(c => c.Id == i.ClientId).Select(c => c.Name).First() })
            .ToListAsync(cancellationToken);
        var items = open.Where(o => o.Invoice.Balance > 0)
            .Select(o => new Receivable(o.Invoice.Id, o.Invoice.Number!, o.ClientName, o.Invoice.DueDate!.Value, today.DayNumber - o.Invoice.DueDate!.Value.DayNumber, o.Invoice.Balance))
            .OrderByDescending(r => r.DaysLate).ToList();
        var bands = AgeBands.Select(b =>
        {
            var inBand = items.Where(r => r.DaysLate >= b.From && r.DaysLate <= b.To).ToList();
            return new ReceivableBand(b.Label, inBand.Count, inBand.Sum(r => r.Balance));
        }).ToList();
        return new ReceivablesReport(bands, items, items.Sum(r => r.Balance));
    }

    /// <summary>The sales journal (FEC layout) of validated invoices and credit notes issued between two dates.</summary>
    public async Task<ExportedFile> SalesJournalAsync(AccessScope scope, int organisationId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSell(organisationId);
        if (from is not { } start || to is not { } end)
        {
            throw ValidationFailedException.For(from is null ? "from" : "to", "Indiquez la période : du (from) et au (to), au format AAAA-MM-JJ.");
        }
        if (end < start || end.DayNumber - start.DayNumber > 366 * 2)
        {
            throw ValidationFailedException.For("to", "La période va du premier au dernier jour, deux ans au plus.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var invoices = await db.Invoices.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Kind != InvoiceKind.Quote && i.Status != InvoiceStatus.Draft && i.IssueDate >= start && i.IssueDate <= end)
            .Select(i => new { Invoice = i, ClientName = db.Clients.Where(c => c.Id == i.ClientId).Select(c => c.Name).First() })
            .ToListAsync(cancellationToken);
        var text = SalesJournal.Write(invoices.Select(i => (i.Invoice, i.ClientName)));
        return new ExportedFile(new UTF8Encoding(false).GetBytes(text), "text/tab-separated-values; charset=utf-8",
            $"journal-ventes-{start:yyyyMMdd}-{end:yyyyMMdd}.txt");
    }
}
