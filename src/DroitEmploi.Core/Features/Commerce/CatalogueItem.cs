using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>A service or product an organisation sells, tied to one of its activities: unit, price before tax, VAT category.</summary>
public class CatalogueItem : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int? ActivityId { get; set; }
    public string Name { get; set; } = "";
    public SaleUnit Unit { get; set; }
    public decimal UnitPrice { get; set; }
    public VatCategory VatCategory { get; set; }
    public bool Archived { get; set; }
    /// <summary>Prices by income (quotient familial), for individual clients; empty when one price fits all.</summary>
    public List<PriceBand> PriceBands { get; set; } = [];

    public static CatalogueItem For(int organisationId, CatalogueItemInput input)
    {
        var item = new CatalogueItem { OrganisationId = organisationId };
        item.Revise(input);
        return item;
    }

    public void Revise(CatalogueItemInput input)
    {
        if (decimal.Round(input.UnitPrice, 2) != input.UnitPrice)
        {
            throw ValidationFailedException.For("unitPrice", "Le prix s'exprime en euros et centimes (deux décimales au plus).");
        }
        Name = input.Name.Trim();
        ActivityId = input.ActivityId;
        Unit = input.Unit;
        UnitPrice = input.UnitPrice;
        VatCategory = input.VatCategory;
        Archived = input.Archived;
        PriceBands = PriceGrid.Check(input.PriceBands);
    }
}
