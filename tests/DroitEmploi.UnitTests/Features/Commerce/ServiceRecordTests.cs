using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Commerce;

namespace DroitEmploi.UnitTests.Features.Commerce;

public sealed class ServiceRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static CatalogueItem Mowing(int organisation = CommerceFixtures.Organisation) => new()
    {
        Id = 3,
        OrganisationId = organisation,
        Name = "Tonte de pelouse",
        Unit = SaleUnit.Hour,
        UnitPrice = 18.50m,
        VatCategory = VatCategory.Intermediate,
    };

    private static ServiceRecordInput Input(DateOnly? doneOn, decimal quantity = 2, string? note = null) =>
        new() { DoneOn = doneOn, ClientId = 5, CatalogueItemId = 3, Quantity = quantity, Note = note };

    private static ServiceRecord Record(ServiceRecordInput input, CatalogueItem? item = null) =>
        ServiceRecord.Record(CommerceFixtures.Organisation, CommerceFixtures.Client(), item ?? Mowing(), input, "user-1", "Samia Benali", Today);

    [Fact]
    public void A_service_is_recorded_once_done_and_within_the_days_back()
    {
        Assert.Equal(Today, Record(Input(Today)).DoneOn);
        Assert.Equal(Today.AddDays(-ServiceRecord.DaysBack), Record(Input(Today.AddDays(-ServiceRecord.DaysBack))).DoneOn);
        foreach (var refused in new DateOnly?[] { null, Today.AddDays(1), Today.AddDays(-ServiceRecord.DaysBack - 1) })
        {
            var error = Assert.Throws<ValidationFailedException>(() => Record(Input(refused)));
            Assert.True(error.Errors.ContainsKey("doneOn"));
        }
    }

    [Fact]
    public void A_service_from_another_organisations_catalogue_is_refused()
    {
        var error = Assert.Throws<ValidationFailedException>(() => Record(Input(Today), Mowing(organisation: 99)));
        Assert.True(error.Errors.ContainsKey("catalogueItemId"));
    }

    [Fact]
    public void Services_added_to_a_draft_are_lines_at_the_clients_price_and_the_service_date_is_the_latest()
    {
        var draft = CommerceFixtures.Draft(new InvoiceInput { ClientId = 5 });
        var item = Mowing();
        var later = Record(Input(Today.AddDays(-1), note: "haie du fond"));
        var earlier = Record(Input(Today.AddDays(-5), quantity: 1.5m));
        draft.AddService(CommerceFixtures.Issuer(), CommerceFixtures.Client(), later.Line(item), [item], CommerceFixtures.Parameters, later.DoneOn);
        draft.AddService(CommerceFixtures.Issuer(), CommerceFixtures.Client(), earlier.Line(item), [item], CommerceFixtures.Parameters, earlier.DoneOn);

        Assert.Equal([1, 2], draft.Lines.Select(l => l.Position));
        Assert.Equal([37m, 27.75m], draft.Lines.Select(l => l.NetAmount));
        Assert.Equal("Tonte de pelouse — 24/11/2026 (haie du fond)", draft.Lines[0].Description);
        Assert.Equal(Today.AddDays(-1), draft.ServiceDate);
        Assert.Equal(64.75m, draft.TotalNet);
        Assert.Equal(draft.Lines.Sum(l => l.VatAmount), draft.TotalVat);
    }

    [Fact]
    public void A_service_goes_only_into_its_own_clients_draft_invoice()
    {
        var item = Mowing();
        var record = Record(Input(Today));
        var other = CommerceFixtures.Client();
        other.Id = 6;
        var draft = CommerceFixtures.Draft(new InvoiceInput { ClientId = 5 });
        Assert.Throws<BusinessRuleException>(() => draft.AddService(CommerceFixtures.Issuer(), other, record.Line(item), [item], CommerceFixtures.Parameters, Today));
    }
}
