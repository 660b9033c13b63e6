using System.Net;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Cooperatives;

public abstract class CooperantServiceApiTests(AppFactory app)
{
    [Fact]
    public async Task A_cooperants_service_is_invoiced_under_the_caes_identity_with_his_cape_and_what_is_cashed_is_his_turnover()
    {
        var kpa = await Demo.OrganisationIdAsync(app, "KPA Services pour tous");
        using var cooperant = await app.ClientForAsync(ServicesPourTousCooperant);
        var me = await (await cooperant.GetAsync("/api/v1/me/cooperant")).OkAsync<CooperantDetails>();
        var choices = await (await cooperant.GetAsync($"/api/v1/organisations/{kpa}/service-choices")).OkAsync<ServiceChoices>();
        var client = choices.Clients.First(c => c.Name.StartsWith("M. Jean-Paul Dufour", StringComparison.Ordinal));
        var mowing = choices.Items.First(i => i.Name.StartsWith("Tonte", StringComparison.Ordinal));
        var note = $"haie {Guid.NewGuid().ToString("N")[..6]}";
        var record = await (await cooperant.PostJsonAsync($"/api/v1/organisations/{kpa}/services", new ServiceRecordInput
        {
            DoneOn = app.Today,
            ClientId = client.Id,
            CatalogueItemId = mowing.Id,
            Quantity = 2,
            Note = note,
        })).OkAsync<ServiceRecordView>(HttpStatusCode.Created);
        Assert.NotNull(record.InvoiceId);
        // The cooperant sees his own services, not the invoices.
        await (await cooperant.GetAsync($"/api/v1/invoices/{record.InvoiceId}")).ProblemAsync(HttpStatusCode.NotFound);

        using var coordination = await app.ClientForAsync(KpaCoordination);
        var draft = await (await coordination.GetAsync($"/api/v1/invoices/{record.InvoiceId}")).OkAsync<InvoiceDetails>();
        Assert.Equal("Optéos (CAE, démo)", draft.Issuer.LegalName);
        Assert.Contains("Malik Benali (démo)", draft.OnBehalfOf);
        Assert.Contains($"CAPE n° {me.Situation.ContractNumber} jusqu'au {me.Situation.ContractEndsOn:dd/MM/yyyy}", draft.OnBehalfOf);
        var validated = await (await coordination.PostJsonAsync($"/api/v1/invoices/{draft.Id}/validate", new { version = draft.Version })).OkAsync<InvoiceDetails>();
        var paid = await (await coordination.PostJsonAsync($"/api/v1/invoices/{draft.Id}/payments", new PaymentInput { PaidOn = app.Today, Amount = validated.TotalGross, Version = validated.Version }))
            .OkAsync<InvoiceDetails>();
        Assert.Equal(0m, paid.Balance);
        var collective = await (await coordination.GetAsync($"/api/v1/kpas/{kpa}/balance")).OkAsync<LedgerView>();
        var cashed = Assert.Single(collective.Lines, l => l.Source == $"Facture {validated.Number}");
        Assert.Equal((LedgerLineKind.Turnover, validated.TotalNet, "Malik Benali (démo)"), (cashed.Kind, cashed.Amount, cashed.RealisedBy));

        // Nobody works before the insurance is validated: the newest cooperant is still signing up.
        var cooperants = await (await coordination.GetAsync($"/api/v1/kpas/{kpa}/cooperants")).OkAsync<List<CooperantSummary>>();
        var newcomer = cooperants.Single(c => c.Name == "Rachid Amrani (démo)");
        var refused = await (await coordination.PostJsonAsync($"/api/v1/cooperants/{newcomer.Id}/services", new ServiceRecordInput
        {
            DoneOn = app.Today,
            ClientId = client.Id,
            CatalogueItemId = mowing.Id,
            Quantity = 1,
        })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("assurance", refused.GetProperty("detail").GetString());
        // Another cooperant's record is out of reach of this one.
        await (await cooperant.PostJsonAsync($"/api/v1/cooperants/{newcomer.Id}/services", new ServiceRecordInput
        {
            DoneOn = app.Today,
            ClientId = client.Id,
            CatalogueItemId = mowing.Id,
            Quantity = 1,
        })).ProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CooperantServiceApiOnSqlite(SqliteApp app) : CooperantServiceApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CooperantServiceApiOnPostgres(PostgresApp app) : CooperantServiceApiTests(app);
