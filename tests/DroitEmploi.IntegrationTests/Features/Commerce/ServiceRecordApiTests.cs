using System.Net;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Commerce;

public abstract class ServiceRecordApiTests(AppFactory app)
{
    [Fact]
    public async Task An_employee_records_services_from_her_phone_and_they_become_lines_of_the_clients_draft_invoice()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        using var employee = await InvitedAccounts.InviteAndLogInAsync(app, admin, new InvitationInput
        {
            Email = InvitedAccounts.NewEmail(),
            DisplayName = "Samia Benali",
            Role = Role.Employee,
            OrganisationId = scenario.EmploymentCompanyId,
        });
        using var colleague = await InvitedAccounts.InviteAndLogInAsync(app, admin, new InvitationInput
        {
            Email = InvitedAccounts.NewEmail(),
            DisplayName = "Karim Dahmani",
            Role = Role.Employee,
            OrganisationId = scenario.EmploymentCompanyId,
        });

        // Before the EBE has an issuer, nothing can be invoiced: the employee is told why.
        var client = await (await admin.PostJsonAsync($"{organisation}/clients", CommerceApiTests.Tenant("Mme Lefebvre"))).OkAsync<ClientView>(HttpStatusCode.Created);
        var item = await (await admin.PostJsonAsync($"{organisation}/catalogue", CommerceApiTests.Mowing())).OkAsync<CatalogueItemView>(HttpStatusCode.Created);
        var today = app.Today;
        var service = new ServiceRecordInput { DoneOn = today.AddDays(-4), ClientId = client.Id, CatalogueItemId = item.Id, Quantity = 2 };
        await (await employee.PostJsonAsync($"{organisation}/services", service)).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PutJsonAsync($"{organisation}/issuer", CommerceApiTests.Issuer())).OkAsync<IssuerView>();

        var choices = await (await employee.GetAsync($"{organisation}/service-choices")).OkAsync<ServiceChoices>();
        Assert.Equal(["Mme Lefebvre"], choices.Clients.Select(c => c.Name));
        Assert.Equal(["Tonte de pelouse"], choices.Items.Select(i => i.Name));
        var first = await (await employee.PostJsonAsync($"{organisation}/services", service)).OkAsync<ServiceRecordView>(HttpStatusCode.Created);
        var second = await (await colleague.PostJsonAsync($"{organisation}/services", new ServiceRecordInput
        {
            DoneOn = today.AddDays(-2),
            ClientId = client.Id,
            CatalogueItemId = item.Id,
            Quantity = 1.5m,
            Note = "haie du fond",
        })).OkAsync<ServiceRecordView>(HttpStatusCode.Created);
        Assert.Equal(first.InvoiceId, second.InvoiceId);
        Assert.Equal("Samia Benali", first.RecordedBy);

        var draft = await (await admin.GetAsync($"/api/v1/invoices/{first.InvoiceId}")).OkAsync<InvoiceDetails>();
        Assert.Equal((InvoiceStatus.Draft, client.Id, today.AddDays(-2)), (draft.Status, draft.Client.Id, draft.ServiceDate));
        Assert.Equal([37m, 27.75m], draft.Lines.Select(l => l.NetAmount));
        Assert.Equal($"Tonte de pelouse — {today.AddDays(-2):dd/MM/yyyy} (haie du fond)", draft.Lines[1].Description);
        Assert.Equal(64.75m, draft.TotalNet);

        // Each employee sees her own services; management and accounting see all of them.
        var mine = await (await employee.GetAsync($"{organisation}/services")).OkAsync<PagedResult<ServiceRecordView>>();
        Assert.Equal([first.Id], mine.Items.Select(r => r.Id));
        var all = await (await admin.GetAsync($"{organisation}/services")).OkAsync<PagedResult<ServiceRecordView>>();
        Assert.Equal([second.Id, first.Id], all.Items.Select(r => r.Id));
        // An employee never reads the invoice itself.
        await (await employee.GetAsync($"/api/v1/invoices/{first.InvoiceId}")).ProblemAsync(HttpStatusCode.NotFound);

        // Once validated, the next service goes into a new draft; a deleted draft leaves its services recorded.
        await (await admin.PostJsonAsync($"/api/v1/invoices/{draft.Id}/validate", new { version = draft.Version })).OkAsync<InvoiceDetails>();
        var third = await (await employee.PostJsonAsync($"{organisation}/services", service)).OkAsync<ServiceRecordView>(HttpStatusCode.Created);
        Assert.NotEqual(first.InvoiceId, third.InvoiceId);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/invoices/{third.InvoiceId}")).StatusCode);
        var after = await (await employee.GetAsync($"{organisation}/services")).OkAsync<PagedResult<ServiceRecordView>>();
        Assert.Null(Assert.Single(after.Items, r => r.Id == third.Id).InvoiceId);
        Assert.NotNull(Assert.Single(after.Items, r => r.Id == first.Id).InvoiceNumber);

        // Bad input: named fields.
        var old = await (await employee.PostJsonAsync($"{organisation}/services", new ServiceRecordInput { DoneOn = today.AddDays(-ServiceRecord.DaysBack - 1), ClientId = client.Id, CatalogueItemId = item.Id }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(old.GetProperty("errors").TryGetProperty("doneOn", out _));
        var future = await (await employee.PostJsonAsync($"{organisation}/services", new ServiceRecordInput { DoneOn = today.AddDays(2), ClientId = client.Id, CatalogueItemId = item.Id }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("doneOn", out _));
        var nothing = await (await employee.PostJsonAsync($"{organisation}/services", new ServiceRecordInput { DoneOn = today, Quantity = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(nothing.GetProperty("errors").TryGetProperty("clientId", out _) || nothing.GetProperty("errors").TryGetProperty("quantity", out _));
        var foreign = await (await employee.PostJsonAsync($"{organisation}/services", new ServiceRecordInput { DoneOn = today, ClientId = client.Id, CatalogueItemId = int.MaxValue }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(foreign.GetProperty("errors").TryGetProperty("catalogueItemId", out _));

        // Nobody outside the EBE records or reads its services.
        foreach (var account in new[] { BarakajobsEmployee, BarakajobsManagement, Funder, ValenciennesMember })
        {
            using var other = await app.ClientForAsync(account);
            await (await other.GetAsync($"{organisation}/service-choices")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.GetAsync($"{organisation}/services")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.PostJsonAsync($"{organisation}/services", service)).ProblemAsync(HttpStatusCode.NotFound);
        }
        using var visitor = app.CreateClient();
        await (await visitor.GetAsync($"{organisation}/services")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_demo_employee_recorded_two_mowings_that_wait_in_the_clients_draft()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        using var employee = await app.ClientForAsync(BarakajobsEmployee);
        var mine = await (await employee.GetAsync($"/api/v1/organisations/{barakajobs}/services")).OkAsync<PagedResult<ServiceRecordView>>();
        Assert.True(mine.Items.Count(r => r.ClientName == "M. Ahmed Benali (démo)") >= 2);
        using var accounting = await app.ClientForAsync(BarakajobsAccounting);
        var draft = await (await accounting.GetAsync($"/api/v1/invoices/{mine.Items.First(r => r.ClientName == "M. Ahmed Benali (démo)").InvoiceId}")).OkAsync<InvoiceDetails>();
        Assert.Contains(draft.Lines, l => l.Description.EndsWith("(haie du fond)", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ServiceRecordApiOnSqlite(SqliteApp app) : ServiceRecordApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ServiceRecordApiOnPostgres(PostgresApp app) : ServiceRecordApiTests(app);
