namespace DroitEmploi.Core.Features.ActivityAccounts;

public sealed record PurchaseView(int Id, DateOnly Date, string Supplier, string? Description, PurchaseCategory Category, int? ActivityId, string? ActivityName,
    decimal NetAmount, decimal VatAmount);
