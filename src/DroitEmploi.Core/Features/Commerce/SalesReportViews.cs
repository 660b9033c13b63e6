namespace DroitEmploi.Core.Features.Commerce;

/// <summary>Revenue before tax of one activity, month by month (credit notes deducted).</summary>
public sealed record RevenueRow(int? ActivityId, string ActivityName, string? Division, IReadOnlyList<decimal> Months, decimal Total);

public sealed record RevenueReport(int OrganisationId, int Year, IReadOnlyList<RevenueRow> Rows, IReadOnlyList<decimal> MonthTotals, decimal Total);

public sealed record OrganisationRevenue(int OrganisationId, string OrganisationName, RevenueReport Report);

/// <summary>The revenue of a territory's organisations, each with its activities, and the territory's monthly totals.</summary>
public sealed record TerritoryRevenueReport(
    int TerritoryId, string TerritoryName, int Year, IReadOnlyList<OrganisationRevenue> Organisations, IReadOnlyList<decimal> MonthTotals, decimal Total);

public sealed record ReceivableBand(string Label, int Invoices, decimal Amount);

public sealed record Receivable(int InvoiceId, string Number, string ClientName, DateOnly DueDate, int DaysLate, decimal Balance);

/// <summary>What clients still owe, by age past the due date.</summary>
public sealed record ReceivablesReport(IReadOnlyList<ReceivableBand> Bands, IReadOnlyList<Receivable> Items, decimal Total);
