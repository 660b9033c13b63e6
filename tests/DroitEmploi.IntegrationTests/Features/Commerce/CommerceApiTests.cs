using System.Net;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using DroitEmploi.Web.Features.Access;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Commerce;

public abstract class CommerceApiTests(AppFactory app)
{
    public const string Siren = "732829320";
    public const string Siret = "73282932000074";
    public const string Iban = "FR7630006000011234567890189";

    [Fact]
    public async Task An_ebe_invoices_a_client_validates_with_a_number_is_paid_in_two_parts_and_corrects_by_a_credit_note()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        Assert.Equal(HttpStatusCode.NoContent, (await admin.GetAsync($"{organisation}/issuer")).StatusCode);
        var noIssuer = await (await admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput { ClientId = 1 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noIssuer.GetProperty("errors").TryGetProperty("issuerId", out _) || noIssuer.GetProperty("errors").TryGetProperty("clientId", out _));

        var issuer = await (await admin.PutJsonAsync($"{organisation}/issuer", Issuer())).OkAsync<IssuerView>();
        Assert.Equal("FA-{YYYY}-{SEQ:5}", issuer.InvoicePattern);
        var client = await (await admin.PostJsonAsync($"{organisation}/clients", Tenant("Mme Lefebvre"))).OkAsync<ClientView>(HttpStatusCode.Created);
        var item = await (await admin.PostJsonAsync($"{organisation}/catalogue", Mowing())).OkAsync<CatalogueItemView>(HttpStatusCode.Created);

        var draft = await (await admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput
        {
            ClientId = client.Id,
            ServiceDate = new DateOnly(2026, 3, 10),
            Lines = [new InvoiceLineInput { CatalogueItemId = item.Id, Quantity = 2.5m }, new InvoiceLineInput { Description = "Évacuation des déchets verts", UnitPrice = 12m }],
        })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        Assert.Null(draft.Number);
        Assert.Equal([46.25m, 12m], draft.Lines.Select(l => l.NetAmount));
        Assert.Equal(58.25m, draft.TotalNet);
        Assert.Equal(58.25m + 4.63m + 2.40m, draft.TotalGross);

        var validated = await (await admin.PostJsonAsync($"/api/v1/invoices/{draft.Id}/validate", new { version = draft.Version })).OkAsync<InvoiceDetails>();
        Assert.Equal($"FA-{validated.IssueDate!.Value.Year}-00001", validated.Number);
        Assert.Equal(InvoiceStatus.Validated, validated.Status);
        await (await admin.PutJsonAsync($"/api/v1/invoices/{draft.Id}", new InvoiceInput { ClientId = client.Id, Version = validated.Version })).ProblemAsync(HttpStatusCode.Conflict);
        var kept = await (await admin.DeleteAsync($"/api/v1/invoices/{draft.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("avoir", kept.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var pdf = await PdfText.ReadAsync(await admin.GetAsync($"/api/v1/invoices/{draft.Id}/pdf"));
        Assert.Contains(validated.Number!, pdf, StringComparison.Ordinal);
        Assert.Contains("SIREN", pdf, StringComparison.Ordinal);
        Assert.Contains("Mme Lefebvre", pdf, StringComparison.Ordinal);
        Assert.Contains("Total TTC", pdf, StringComparison.Ordinal);

        var today = validated.IssueDate!.Value;
        var half = await (await admin.PostJsonAsync($"/api/v1/invoices/{draft.Id}/payments", new PaymentInput { PaidOn = today, Amount = 30m, Means = PaymentMeans.Cheque }))
            .OkAsync<InvoiceDetails>();
        Assert.Equal((InvoiceStatus.PartlyPaid, validated.TotalGross - 30m), (half.Status, half.Balance));
        var over = await (await admin.PostJsonAsync($"/api/v1/invoices/{draft.Id}/payments", new PaymentInput { PaidOn = today, Amount = half.Balance + 0.01m }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(over.GetProperty("errors").TryGetProperty("amount", out _));
        var paid = await (await admin.PostJsonAsync($"/api/v1/invoices/{draft.Id}/payments", new PaymentInput { PaidOn = today, Amount = half.Balance }))
            .OkAsync<InvoiceDetails>();
        Assert.Equal((InvoiceStatus.Paid, 0m, 2), (paid.Status, paid.Balance, paid.Payments.Count));

        var note = await (await admin.PostAsync($"/api/v1/invoices/{draft.Id}/credit-note", null)).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        Assert.Equal((InvoiceKind.CreditNote, draft.Id), (note.Kind, note.CreditedInvoiceId));
        var noteValidated = await (await admin.PostJsonAsync($"/api/v1/invoices/{note.Id}/validate", new { version = note.Version })).OkAsync<InvoiceDetails>();
        Assert.Equal($"AV-{today.Year}-00001", noteValidated.Number);
        Assert.Equal(validated.Number, noteValidated.CreditedInvoiceNumber);

        var list = await (await admin.GetAsync($"{organisation}/invoices")).OkAsync<List<InvoiceSummary>>();
        Assert.Equal(2, list.Count);
    }

    [Fact]
    public async Task A_quote_sent_and_accepted_becomes_a_draft_invoice_and_quotes_stay_out_of_revenue()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        await (await admin.PutJsonAsync($"{organisation}/issuer", Issuer())).OkAsync<IssuerView>();
        var client = await (await admin.PostJsonAsync($"{organisation}/clients", Tenant("Mme Devis"))).OkAsync<ClientView>(HttpStatusCode.Created);
        var draft = await (await admin.PostJsonAsync($"{organisation}/quotes", new InvoiceInput
        {
            ClientId = client.Id,
            Lines = [new InvoiceLineInput { Description = "Débroussaillage", Quantity = 3, UnitPrice = 20m, VatCategory = VatCategory.Standard }],
        })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        Assert.Equal(InvoiceKind.Quote, draft.Kind);
        await (await admin.PostJsonAsync($"/api/v1/invoices/{draft.Id}/validate", new { version = draft.Version })).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostJsonAsync($"/api/v1/quotes/{draft.Id}/accept", new { version = draft.Version })).ProblemAsync(HttpStatusCode.Conflict);

        var sent = await (await admin.PostJsonAsync($"/api/v1/quotes/{draft.Id}/send", new { version = draft.Version })).OkAsync<InvoiceDetails>();
        Assert.Equal(($"DE-{sent.IssueDate!.Value.Year}-0001", InvoiceStatus.Sent), (sent.Number, sent.Status));
        Assert.Equal(sent.IssueDate!.Value.AddDays(30), sent.ValidUntil);
        var pdf = await PdfText.ReadAsync(await admin.GetAsync($"/api/v1/invoices/{draft.Id}/pdf"));
        Assert.Contains("Valable jusqu'au", pdf, StringComparison.Ordinal);

        var invoice = await (await admin.PostJsonAsync($"/api/v1/quotes/{draft.Id}/accept", new { version = sent.Version })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        Assert.Equal((InvoiceKind.Invoice, InvoiceStatus.Draft, draft.Id, 72m), (invoice.Kind, invoice.Status, invoice.QuoteId, invoice.TotalGross));
        var quotes = await (await admin.GetAsync($"{organisation}/quotes")).OkAsync<List<InvoiceSummary>>();
        Assert.Equal(InvoiceStatus.Accepted, Assert.Single(quotes).Status);
        var invoices = await (await admin.GetAsync($"{organisation}/invoices")).OkAsync<List<InvoiceSummary>>();
        Assert.Equal(invoice.Id, Assert.Single(invoices).Id);
        var revenue = await (await admin.GetAsync($"{organisation}/revenue?year={sent.IssueDate!.Value.Year}")).OkAsync<RevenueReport>();
        Assert.Equal(0m, revenue.Total);

        using var other = await app.ClientForAsync(BarakajobsManagement);
        await (await other.PostJsonAsync($"/api/v1/quotes/{draft.Id}/refuse", new { version = sent.Version })).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"{organisation}/quotes")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Twenty_invoices_validated_at_the_same_time_get_twenty_distinct_consecutive_numbers()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        await (await scenario.Admin.PutJsonAsync($"{organisation}/issuer", Issuer())).OkAsync<IssuerView>();
        var client = await (await scenario.Admin.PostJsonAsync($"{organisation}/clients", Tenant("M. Martin"))).OkAsync<ClientView>(HttpStatusCode.Created);
        var drafts = new List<InvoiceDetails>();
        for (var i = 1; i <= 20; i++)
        {
            drafts.Add(await (await scenario.Admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput
            {
                ClientId = client.Id,
                ServiceDate = new DateOnly(2026, 3, 2),
                Lines = [new InvoiceLineInput { Description = $"Repassage {i}", Quantity = i, UnitPrice = 3m }],
            })).OkAsync<InvoiceDetails>(HttpStatusCode.Created));
        }

        var validated = await Task.WhenAll(drafts.Select(async d =>
            await (await scenario.Admin.PostJsonAsync($"/api/v1/invoices/{d.Id}/validate", new { version = d.Version })).OkAsync<InvoiceDetails>()));

        var sequences = validated.Select(v => int.Parse(v.Number![^5..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 20), sequences);
    }

    [Fact]
    public async Task Another_organisation_a_cle_team_or_a_visitor_sees_no_client_nor_invoice()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        await (await scenario.Admin.PutJsonAsync($"{organisation}/issuer", Issuer())).OkAsync<IssuerView>();
        var client = await (await scenario.Admin.PostJsonAsync($"{organisation}/clients", Tenant("Mme Secret"))).OkAsync<ClientView>(HttpStatusCode.Created);
        var draft = await (await scenario.Admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput
        {
            ClientId = client.Id,
            ServiceDate = new DateOnly(2026, 3, 2),
            Lines = [new InvoiceLineInput { Description = "Repassage", UnitPrice = 3m }],
        })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);

        foreach (var account in new[] { BarakajobsManagement, ValenciennesTeam, Funder, BarakajobsEmployee })
        {
            using var other = await app.ClientForAsync(account);
            await (await other.GetAsync($"{organisation}/clients")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.GetAsync($"/api/v1/clients/{client.Id}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.PutJsonAsync($"/api/v1/clients/{client.Id}", Tenant("Piraté"))).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.GetAsync($"/api/v1/invoices/{draft.Id}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.GetAsync($"/api/v1/invoices/{draft.Id}/pdf")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.PostJsonAsync($"/api/v1/invoices/{draft.Id}/validate", new { version = draft.Version })).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.DeleteAsync($"/api/v1/invoices/{draft.Id}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.GetAsync($"{organisation}/invoices")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.GetAsync($"{organisation}/catalogue")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.PutJsonAsync($"{organisation}/issuer", Issuer())).ProblemAsync(HttpStatusCode.NotFound);
        }
        using var visitor = app.CreateClient();
        await (await visitor.GetAsync($"/api/v1/invoices/{draft.Id}")).ProblemAsync(HttpStatusCode.Unauthorized);

        // A draft can go; the journal kept the individual client's read.
        await (await scenario.Admin.GetAsync($"/api/v1/clients/{client.Id}")).OkAsync<ClientView>();
        Assert.Equal(HttpStatusCode.NoContent, (await scenario.Admin.DeleteAsync($"/api/v1/invoices/{draft.Id}")).StatusCode);
        await (await scenario.Admin.GetAsync($"/api/v1/invoices/{draft.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_commerce_input_is_refused_on_the_field_at_fault()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";

        async Task Refused(HttpResponseMessage response, string field)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named: {problem}");
        }

        var badIban = Issuer();
        badIban.Iban = "FR7630006000011234567890188";
        await Refused(await admin.PutJsonAsync($"{organisation}/issuer", badIban), "iban");
        var badPattern = Issuer();
        badPattern.InvoicePattern = "F{MM}-{SEQ}";
        await Refused(await admin.PutJsonAsync($"{organisation}/issuer", badPattern), "invoicePattern");
        var formula = Issuer();
        formula.LegalName = "";
        await Refused(await admin.PutJsonAsync($"{organisation}/issuer", formula), "legalName");
        await (await admin.PutJsonAsync($"{organisation}/issuer", Issuer())).OkAsync<IssuerView>();
        await (await admin.PutJsonAsync($"{organisation}/issuer", Issuer())).ProblemAsync(HttpStatusCode.BadRequest); // no version

        var business = Tenant("Garage du Nord");
        business.Kind = ClientKind.Business;
        await Refused(await admin.PostJsonAsync($"{organisation}/clients", business), "siren");
        business.Siret = "73282932000075";
        await Refused(await admin.PostJsonAsync($"{organisation}/clients", business), "siret");
        business.Siret = Siret;
        await (await admin.PostJsonAsync($"{organisation}/clients", business)).OkAsync<ClientView>(HttpStatusCode.Created);
        await Refused(await admin.PostJsonAsync($"{organisation}/clients", business), "siret");
        var first = await (await admin.PostJsonAsync($"{organisation}/clients", Tenant("Mme Durand"))).OkAsync<ClientView>(HttpStatusCode.Created);
        await Refused(await admin.PostJsonAsync($"{organisation}/clients", Tenant("mme DURAND")), "name");
        var homonym = Tenant("Mme Durand");
        homonym.ConfirmHomonym = true;
        await (await admin.PostJsonAsync($"{organisation}/clients", homonym)).OkAsync<ClientView>(HttpStatusCode.Created);
        await Refused(await admin.GetAsync($"{organisation}/clients?pageSize=100000"), "pageSize");
        var found = await (await admin.GetAsync($"{organisation}/clients?search=durand")).OkAsync<ClientPage>();
        Assert.Equal(2, found.Total);

        await Refused(await admin.PostJsonAsync($"{organisation}/catalogue", new CatalogueItemInput { Name = "Tonte", UnitPrice = 1.234m }), "unitPrice");
        await Refused(await admin.PostJsonAsync($"{organisation}/catalogue", new CatalogueItemInput { Name = "Tonte", UnitPrice = 10m, ActivityId = 999_999 }), "activityId");
        await Refused(await admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput { ClientId = 999_999 }), "clientId");
        await Refused(await admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput
        {
            ClientId = first.Id,
            Lines = [new InvoiceLineInput { Quantity = 1 }],
        }), "lines[0].description");

        var empty = await (await admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput { ClientId = first.Id })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        var mentions = await (await admin.PostJsonAsync($"/api/v1/invoices/{empty.Id}/validate", new { version = empty.Version })).ProblemAsync(HttpStatusCode.BadRequest);
        var missing = mentions.GetProperty("errors").GetProperty("mentions")[0].GetString();
        Assert.Contains("au moins une ligne", missing, StringComparison.Ordinal);
        Assert.Contains("date de la vente ou de la prestation", missing, StringComparison.Ordinal);
        await (await admin.PostJsonAsync($"/api/v1/invoices/{empty.Id}/validate", new { version = empty.Version + 5 })).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostJsonAsync($"/api/v1/invoices/{empty.Id}/payments", new PaymentInput { PaidOn = new DateOnly(2026, 3, 2), Amount = 1m }))
            .ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsync($"/api/v1/invoices/{empty.Id}/credit-note", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.GetAsync("/api/v1/invoices/999999")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revenue_per_activity_is_an_organisation_and_territory_figure_receivables_and_the_journal_are_the_sellers()
    {
        using var management = await app.ClientForAsync(BarakajobsManagement);
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var organisation = $"/api/v1/organisations/{barakajobs}";
        var invoices = await (await management.GetAsync($"{organisation}/invoices")).OkAsync<List<InvoiceSummary>>();
        var year = invoices.Where(i => i.IssueDate is not null).Max(i => i.IssueDate!.Value.Year);

        var revenue = await (await management.GetAsync($"{organisation}/revenue?year={year}")).OkAsync<RevenueReport>();
        Assert.Contains(revenue.Rows, r => r.ActivityName == "Tonte et petits travaux" && r.Division == "Services" && r.Total > 0);
        Assert.Equal(revenue.Total, revenue.Rows.Sum(r => r.Total));
        Assert.Equal(revenue.Total, revenue.MonthTotals.Sum());
        using var funder = await app.ClientForAsync(Funder);
        var seen = await (await funder.GetAsync($"{organisation}/revenue?year={year}")).OkAsync<RevenueReport>();
        Assert.Equal(revenue.Total, seen.Total);
        await (await funder.GetAsync($"{organisation}/receivables")).ProblemAsync(HttpStatusCode.NotFound);
        await (await funder.GetAsync($"{organisation}/sales-journal?from={year}-01-01&to={year}-12-31")).ProblemAsync(HttpStatusCode.NotFound);
        using var employee = await app.ClientForAsync(BarakajobsEmployee);
        Assert.True((await employee.GetAsync($"{organisation}/revenue?year={year}")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
        var badYear = await (await management.GetAsync($"{organisation}/revenue?year=99999")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badYear.GetProperty("errors").TryGetProperty("year", out _));

        // The territory's revenue: each organisation with its activities; the same figure as the EBE's own, no client.
        var valenciennes = await Demo.TerritoryIdAsync(app, "Valenciennes");
        using var team = await app.ClientForAsync(ValenciennesTeam);
        var territory = await (await team.GetAsync($"/api/v1/territories/{valenciennes}/revenue?year={year}")).OkAsync<TerritoryRevenueReport>();
        Assert.Equal(revenue.Total, Assert.Single(territory.Organisations, o => o.OrganisationId == barakajobs).Report.Total);
        Assert.Equal(territory.Total, territory.Organisations.Sum(o => o.Report.Total));
        Assert.Equal(territory.Total, territory.MonthTotals.Sum());
        Assert.DoesNotContain("Vasseur", await (await team.GetAsync($"/api/v1/territories/{valenciennes}/revenue?year={year}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(territory.Total, (await (await funder.GetAsync($"/api/v1/territories/{valenciennes}/revenue?year={year}")).OkAsync<TerritoryRevenueReport>()).Total);
        var otherTerritory = await Demo.TerritoryIdAsync(app, Demo.Lille);
        await (await team.GetAsync($"/api/v1/territories/{otherTerritory}/revenue?year={year}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await team.GetAsync($"/api/v1/territories/{valenciennes}/revenue?year=1")).ProblemAsync(HttpStatusCode.BadRequest);
        using var visitor = app.CreateClient();
        await (await visitor.GetAsync($"/api/v1/territories/{valenciennes}/revenue")).ProblemAsync(HttpStatusCode.Unauthorized);

        var receivables = await (await management.GetAsync($"{organisation}/receivables")).OkAsync<ReceivablesReport>();
        Assert.Equal(receivables.Total, receivables.Bands.Sum(b => b.Amount));
        Assert.Contains(receivables.Items, r => r.DaysLate > 0);

        var journal = await management.GetAsync($"{organisation}/sales-journal?from={year}-01-01&to={year}-12-31");
        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
        var lines = (await journal.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("JournalCode\tJournalLib", lines[0], StringComparison.Ordinal);
        var french = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        Assert.Equal(lines.Skip(1).Sum(l => decimal.Parse(l.Split('\t')[11], french)), lines.Skip(1).Sum(l => decimal.Parse(l.Split('\t')[12], french)));
        var noPeriod = await (await management.GetAsync($"{organisation}/sales-journal")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noPeriod.GetProperty("errors").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task A_tenant_pays_the_price_of_her_quotient_band_recorded_with_its_source_and_date()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        await (await scenario.Admin.PutJsonAsync($"{organisation}/issuer", Issuer())).OkAsync<IssuerView>();
        var item = await (await scenario.Admin.PostJsonAsync($"{organisation}/catalogue", new CatalogueItemInput
        {
            Name = "Tonte",
            Unit = SaleUnit.Hour,
            UnitPrice = 12.50m,
            VatCategory = VatCategory.Intermediate,
            PriceBands = [new() { UpTo = 600, UnitPrice = 8m }, new() { UnitPrice = 12.50m }],
        })).OkAsync<CatalogueItemView>(HttpStatusCode.Created);
        Assert.Equal(2, item.PriceBands!.Count);
        var tenant = Tenant("Mme Quotient");
        tenant.Quotient = 480;
        var unsourced = await (await scenario.Admin.PostJsonAsync($"{organisation}/clients", tenant)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unsourced.GetProperty("errors").TryGetProperty("quotient", out _));
        tenant.QuotientSource = IncomeSource.CafCertificate;
        tenant.QuotientCheckedOn = new DateOnly(2026, 2, 1);
        var client = await (await scenario.Admin.PostJsonAsync($"{organisation}/clients", tenant)).OkAsync<ClientView>(HttpStatusCode.Created);
        Assert.Equal((480, IncomeSource.CafCertificate), (client.Quotient, client.QuotientSource));

        var draft = await (await scenario.Admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput
        {
            ClientId = client.Id,
            ServiceDate = new DateOnly(2026, 3, 2),
            Lines = [new InvoiceLineInput { CatalogueItemId = item.Id, Quantity = 2 }],
        })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        Assert.Equal((8m, 16m), (draft.Lines[0].UnitPrice, draft.Lines[0].NetAmount));

        var badBands = await (await scenario.Admin.PostJsonAsync($"{organisation}/catalogue", new CatalogueItemInput
        {
            Name = "Repassage",
            UnitPrice = 4m,
            PriceBands = [new() { UpTo = 900, UnitPrice = 3m }, new() { UpTo = 500, UnitPrice = 3.5m }, new() { UnitPrice = 4m }],
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badBands.GetProperty("errors").TryGetProperty("priceBands[1].upTo", out _));
    }

    [Fact]
    public async Task The_people_an_ebe_names_for_accounting_invoice_and_cash_and_see_nothing_else()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var fabrique = await Demo.OrganisationIdAsync(app, "La Fabrique de l'Emploi");
        using var management = await app.ClientForAsync(BarakajobsManagement);
        var choices = await (await management.GetAsync("/api/v1/accounts/choices")).OkAsync<List<GrantChoice>>();
        Assert.Contains(choices, c => c.Role == Role.Accounting && c.OrganisationId == barakajobs);
        Assert.DoesNotContain(choices, c => c.Role == Role.Accounting && c.OrganisationId == fabrique);
        var email = $"compta.{Guid.NewGuid():N}@example.org";
        await (await management.PostJsonAsync("/api/v1/accounts/invitations", new InvitationInput
        {
            Email = email,
            DisplayName = "Comptable",
            Role = Role.Accounting,
            OrganisationId = barakajobs,
        })).OkAsync<InvitationResult>(HttpStatusCode.Created);
        await (await management.PostJsonAsync("/api/v1/accounts/invitations", new InvitationInput
        {
            Email = $"compta.{Guid.NewGuid():N}@example.org",
            DisplayName = "Comptable ailleurs",
            Role = Role.Accounting,
            OrganisationId = fabrique,
        })).ProblemAsync(HttpStatusCode.Forbidden);

        using var accounting = await app.ClientForAsync(BarakajobsAccounting);
        var organisation = $"/api/v1/organisations/{barakajobs}";
        var clients = await (await accounting.GetAsync($"{organisation}/clients")).OkAsync<PagedResult<ClientView>>();
        var draft = await (await accounting.PostJsonAsync($"{organisation}/invoices", new InvoiceInput
        {
            ClientId = clients.Items[0].Id,
            ServiceDate = new DateOnly(2026, 3, 2),
            Lines = [new InvoiceLineInput { Description = "Repassage", UnitPrice = 3m }],
        })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        var invoice = await (await accounting.PostJsonAsync($"/api/v1/invoices/{draft.Id}/validate", new { version = draft.Version })).OkAsync<InvoiceDetails>();
        var paid = await (await accounting.PostJsonAsync($"/api/v1/invoices/{invoice.Id}/payments", new PaymentInput { PaidOn = invoice.IssueDate!.Value, Amount = invoice.TotalGross }))
            .OkAsync<InvoiceDetails>();
        Assert.Equal(InvoiceStatus.Paid, paid.Status);

        // Sales only: not the EBE's contracts, nor the territory's volunteers, nor another EBE's sales.
        Assert.True((await accounting.GetAsync($"{organisation}/contracts")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        Assert.True((await accounting.GetAsync($"/api/v1/territories/{valenciennes}/people")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
        await (await accounting.GetAsync($"/api/v1/organisations/{fabrique}/invoices")).ProblemAsync(HttpStatusCode.NotFound);
    }

    public static IssuerInput Issuer() => new()
    {
        LegalName = "EBE d'essai",
        Street = "1 rue de l'Essai",
        PostalCode = "59300",
        City = "Valenciennes",
        Siren = Siren,
        VatRegime = VatRegime.Liable,
        VatNumber = "FR40732829320",
        PenaltyRate = 0.10m,
        PaymentTermDays = 30,
        Iban = Iban,
    };

    /// <summary>Mowing by the hour at the intermediate VAT rate: 18.50 € before tax.</summary>
    public static CatalogueItemInput Mowing() => new()
    {
        Name = "Tonte de pelouse",
        Unit = SaleUnit.Hour,
        UnitPrice = 18.50m,
        VatCategory = VatCategory.Intermediate,
    };

    public static ClientInput Tenant(string name) => new()
    {
        Kind = ClientKind.Individual,
        Name = name,
        Street = "3 allée des Acacias",
        PostalCode = "59300",
        City = "Valenciennes",
    };
}

[Collection(SqliteCollection.Name)]
public sealed class CommerceApiOnSqlite(SqliteApp app) : CommerceApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CommerceApiOnPostgres(PostgresApp app) : CommerceApiTests(app);
