namespace DroitEmploi.Core.Features.Commerce;

public sealed record CatalogueItemView(int Id, int OrganisationId, int? ActivityId, string? ActivityName, string Name, SaleUnit Unit, decimal UnitPrice,
    VatCategory VatCategory, bool Archived, int Version, IReadOnlyList<PriceBand>? PriceBands = null);
