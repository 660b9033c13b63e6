using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Commerce;
using static DroitEmploi.UnitTests.Features.Commerce.CommerceFixtures;

namespace DroitEmploi.UnitTests.Features.Commerce;

public class PriceGridTests
{
    private static CatalogueItem Mowing() => CatalogueItem.For(Organisation, new CatalogueItemInput
    {
        Name = "Tonte",
        Unit = SaleUnit.Hour,
        UnitPrice = 15m,
        VatCategory = VatCategory.Intermediate,
        PriceBands = [new() { UpTo = 600, UnitPrice = 6m }, new() { UpTo = 1000, UnitPrice = 10m }, new() { UnitPrice = 15m }],
    });

    private static Client Tenant(int? quotient) => Core.Features.Commerce.Client.For(Organisation, new ClientInput
    {
        Kind = ClientKind.Individual,
        Name = "Mme Dupont",
        Street = "3 allée des Acacias",
        PostalCode = "59300",
        City = "Valenciennes",
        Quotient = quotient,
        QuotientSource = quotient is null ? null : IncomeSource.CafCertificate,
        QuotientCheckedOn = quotient is null ? null : new DateOnly(2026, 9, 1),
    });

    [Theory]
    [InlineData(450, 6)]
    [InlineData(600, 6)]
    [InlineData(601, 10)]
    [InlineData(2400, 15)]
    public void An_individual_pays_the_price_of_her_band(int quotient, decimal price) => Assert.Equal(price, PriceGrid.PriceFor(Mowing(), Tenant(quotient)));

    [Fact]
    public void Without_a_checked_quotient_or_for_a_business_the_catalogue_price_applies()
    {
        Assert.Equal(15m, PriceGrid.PriceFor(Mowing(), Tenant(null)));
        Assert.Equal(15m, PriceGrid.PriceFor(Mowing(), CommerceFixtures.Client(ClientKind.Business, ValidSiren)));
    }

    [Fact]
    public void A_draft_line_from_the_catalogue_takes_the_band_price()
    {
        var item = Mowing();
        item.Id = 3;
        var tenant = Tenant(450);
        tenant.Id = 5;
        var invoice = Invoice.Draft(Organisation, Issuer(), tenant, new InvoiceInput
        {
            ClientId = 5,
            ServiceDate = new DateOnly(2026, 11, 20),
            Lines = [new InvoiceLineInput { CatalogueItemId = 3, Quantity = 2 }],
        }, [item], CommerceFixtures.Parameters, new DateOnly(2026, 11, 25));
        Assert.Equal((6m, 12m), (invoice.Lines[0].UnitPrice, invoice.Lines[0].NetAmount));
    }

    [Fact]
    public void Bands_go_up_and_only_the_last_one_is_open()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => PriceGrid.Check([new() { UpTo = 1000, UnitPrice = 10m }, new() { UpTo = 600, UnitPrice = 6m }, new() { UnitPrice = 15m }]));
        Assert.True(refused.Errors.ContainsKey("priceBands[1].upTo"));
        Assert.Throws<ValidationFailedException>(() => PriceGrid.Check([new() { UpTo = 600, UnitPrice = 6m }]));
        Assert.Throws<ValidationFailedException>(() => PriceGrid.Check([new() { UnitPrice = 6m }, new() { UnitPrice = 8m }]));
    }

    [Fact]
    public void A_quotient_says_where_it_was_read_and_when_and_only_for_an_individual()
    {
        var unsourced = Assert.Throws<ValidationFailedException>(() => Core.Features.Commerce.Client.For(Organisation, new ClientInput
        {
            Kind = ClientKind.Individual,
            Name = "M. Martin",
            Street = "1 rue",
            PostalCode = "59300",
            City = "Valenciennes",
            Quotient = 500,
        }));
        Assert.True(unsourced.Errors.ContainsKey("quotient"));
    }
}
