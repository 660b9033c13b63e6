using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>What organisations invoiced over a period, before VAT: issued invoices less their credit notes (quotes and drafts aside).</summary>
public static class Turnover
{
    private static readonly InvoiceStatus[] Issued = [InvoiceStatus.Validated, InvoiceStatus.Sent, InvoiceStatus.PartlyPaid, InvoiceStatus.Paid, InvoiceStatus.Credited];

    public static async Task<decimal> OfAsync(AppDbContext db, IReadOnlyCollection<int> organisationIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // SQLite sums no decimals: the totals are added here.
        var invoices = await db.Invoices.AsNoTracking()
            .Where(i => organisationIds.Contains(i.OrganisationId) && i.Kind != InvoiceKind.Quote && Issued.Contains(i.Status) && i.IssueDate >= from && i.IssueDate <= to)
            .Select(i => new { i.Kind, i.TotalNet }).ToListAsync(cancellationToken);
        return invoices.Sum(i => i.Kind == InvoiceKind.CreditNote ? -i.TotalNet : i.TotalNet);
    }

    /// <summary>The same turnover line by line: each line's activity (null when the line has none) and the month the invoice was issued.</summary>
    public static async Task<IReadOnlyList<(int? ActivityId, DateOnly IssueDate, decimal Net)>> LinesAsync(AppDbContext db, int organisationId, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var lines = await db.Invoices.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Kind != InvoiceKind.Quote && Issued.Contains(i.Status) && i.IssueDate >= from && i.IssueDate <= to)
            .SelectMany(i => i.Lines, (i, l) => new { l.ActivityId, i.IssueDate, i.Kind, l.NetAmount }).ToListAsync(cancellationToken);
        return lines.Select(l => (l.ActivityId, l.IssueDate!.Value, l.Kind == InvoiceKind.CreditNote ? -l.NetAmount : l.NetAmount)).ToList();
    }
}
