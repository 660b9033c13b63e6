namespace DroitEmploi.Core.Features.Commerce;

/// <summary>A page of an organisation's clients, found by name, city or SIREN.</summary>
public sealed record ClientPage(IReadOnlyList<ClientView> Items, int Total, int Page, int PageSize);
