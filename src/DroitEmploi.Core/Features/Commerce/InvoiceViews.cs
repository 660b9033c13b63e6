namespace DroitEmploi.Core.Features.Commerce;

public sealed record InvoiceSummary(
    int Id, InvoiceKind Kind, string? Number, InvoiceStatus Status, int ClientId, string ClientName, DateOnly? IssueDate, DateOnly? DueDate,
    decimal TotalGross, decimal Balance, bool Overdue, int Version);

public sealed record InvoiceLineView(
    int Position, int? CatalogueItemId, int? ActivityId, string Description, decimal Quantity, SaleUnit Unit, decimal UnitPrice,
    VatCategory VatCategory, decimal VatRate, decimal NetAmount, decimal VatAmount);

public sealed record PaymentView(int Id, DateOnly PaidOn, PaymentMeans Means, decimal Amount, string? Reference, string RecordedBy);

/// <summary>A whole invoice: for a validated one, the issuer and client as they were when it was issued.</summary>
public sealed record InvoiceDetails(
    int Id, int OrganisationId, InvoiceKind Kind, int? CreditedInvoiceId, string? CreditedInvoiceNumber, string? Number, InvoiceStatus Status,
    DateOnly? IssueDate, DateOnly? ServiceDate, DateOnly? DueDate, OperationCategory Category, string? OnBehalfOf, string? Note,
    IssuerView Issuer, ClientView Client, IReadOnlyList<InvoiceLineView> Lines, decimal TotalNet, decimal TotalVat, decimal TotalGross,
    decimal PaidAmount, decimal CreditedAmount, decimal Balance, IReadOnlyList<PaymentView> Payments, IReadOnlyList<VatBreakdown> VatBreakdown,
    decimal RecoveryIndemnity, int Version, DateOnly? ValidUntil = null, int? QuoteId = null,
    [property: System.Text.Json.Serialization.JsonIgnore] byte[]? IssuerLogo = null);

/// <summary>Net and VAT per rate, as the invoice's footer and EN 16931 list them.</summary>
public sealed record VatBreakdown(VatCategory Category, decimal Rate, decimal Net, decimal Vat);
