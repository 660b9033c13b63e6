namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>A page of an organisation's purchases, newest first, with the total of all that match.</summary>
public sealed record PurchasePage(IReadOnlyList<PurchaseView> Items, int Total, decimal NetTotal);
