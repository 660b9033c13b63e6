using System.Net;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Cooperatives;

public abstract class KpaMoneyApiTests(AppFactory app)
{
    [Fact]
    public async Task The_demo_year_reads_back_to_the_cent_and_each_role_sees_only_its_money()
    {
        var kpa = await Demo.OrganisationIdAsync(app, "KPA Services pour tous");
        var opteos = await Demo.OrganisationIdAsync(app, "Optéos");
        var lastMonth = new DateOnly(app.Today.Year, app.Today.Month, 1).AddMonths(-1);
        var shared = lastMonth.AddMonths(-1);

        using var coordination = await app.ClientForAsync(KpaCoordination);
        var collective = await (await coordination.GetAsync($"/api/v1/kpas/{kpa}/balance")).OkAsync<LedgerView>();
        Assert.NotEmpty(collective.Lines);
        Assert.Equal(collective.Lines.Sum(l => l.Amount), collective.Balance);
        Assert.Equal(collective.Balance, collective.Lines[^1].BalanceAfter);
        // Last month waits for the coordination; the one before is shared.
        var waitingMonth = await (await coordination.GetAsync($"/api/v1/kpas/{kpa}/sharing?month={lastMonth:yyyy-MM-dd}")).OkAsync<SharingStatement>();
        Assert.Equal((false, true), (waitingMonth.Applied, waitingMonth.CanApply));
        var sharing = await (await coordination.GetAsync($"/api/v1/kpas/{kpa}/sharing?month={shared:yyyy-MM-dd}")).OkAsync<SharingStatement>();
        Assert.True(sharing.Applied);
        Assert.False(sharing.CanApply);
        Assert.True(sharing.Contribution > 0);
        Assert.Equal(sharing.GrossMargin - sharing.Contribution - sharing.Fees, sharing.Result);
        Assert.Equal(Math.Max(0, sharing.Result), sharing.Lines.Sum(l => l.Share));

        using var cooperant = await app.ClientForAsync(ServicesPourTousCooperant);
        var mine = await (await cooperant.GetAsync("/api/v1/me/balance")).OkAsync<CooperantBalance>();
        Assert.Equal(mine.Ledger.Lines.Sum(l => l.Amount), mine.Ledger.Balance);
        Assert.Contains(mine.Requests, r => r.Status == PayRequestStatus.Submitted);
        Assert.Contains(mine.Ledger.Lines, l => l.Kind == LedgerLineKind.Pay);
        Assert.Contains(mine.Ledger.Lines, l => l.Kind == LedgerLineKind.SharedCost);
        Assert.NotNull(mine.ShareOfMonth);
        await (await cooperant.GetAsync($"/api/v1/kpas/{kpa}/balance")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await cooperant.GetAsync($"/api/v1/portage/{opteos}/pay-requests")).ProblemAsync(HttpStatusCode.NotFound);
        var someoneElse = sharing.Lines.First(l => l.CooperantId != mine.CooperantId).CooperantId;
        await (await cooperant.GetAsync($"/api/v1/cooperants/{someoneElse}/balance")).ProblemAsync(HttpStatusCode.NotFound);

        using var portage = await app.ClientForAsync(OpteosPortage);
        var waiting = await (await portage.GetAsync($"/api/v1/portage/{opteos}/pay-requests")).OkAsync<List<PayRequestView>>();
        Assert.Contains(waiting, r => r.CooperantId == mine.CooperantId && r.Status == PayRequestStatus.Submitted);
        Assert.DoesNotContain(waiting, r => r.Status == PayRequestStatus.Requested);
        var export = await portage.GetAsync($"/api/v1/portage/{opteos}/pay-requests/export?month={lastMonth:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("N° CAPE", csv, StringComparison.Ordinal);
        Assert.Contains("KPA Services pour tous", csv, StringComparison.Ordinal);
        var contributions = await (await portage.GetAsync($"/api/v1/portage/{opteos}/contributions?year={app.Today.Year}")).OkAsync<PortageContributions>();
        var line = Assert.Single(contributions.Kpas, k => k.KpaId == kpa);
        Assert.Equal(line.ByMonth.Sum(), line.ContributionToDate);
        Assert.Equal(0.115m, line.BracketRate);
        await (await portage.PostJsonAsync($"/api/v1/kpas/{kpa}/ledger", new LedgerLineInput { Kind = LedgerLineKind.DirectCost, On = app.Today, Amount = 10, Label = "x", Source = "y" }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        foreach (var outsider in new[] { LilleTeam, KpaCoordination, BarakajobsManagement })
        {
            using var client = await app.ClientForAsync(outsider);
            await (await client.GetAsync($"/api/v1/portage/{opteos}/pay-requests")).ProblemAsync(HttpStatusCode.NotFound);
            await (await client.GetAsync($"/api/v1/portage/{opteos}/contributions?year=2026")).ProblemAsync(HttpStatusCode.NotFound);
        }
        using var member = await app.ClientForAsync(ValenciennesMember);
        await (await member.GetAsync($"/api/v1/kpas/{kpa}/sharing")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_month_is_shared_once_by_turnover_and_a_pay_request_is_validated_within_the_balance()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var admin = await app.ClientForAsync(Administrator);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var cae = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"CAE {unique}",
            Kind = OrganisationKind.Cae,
            Territories = [new TerritoryLinkInput { TerritoryId = valenciennes, Role = TerritoryRole.Partner }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var organisation = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"KPA {unique}",
            Kind = OrganisationKind.Kpa,
            PortageId = cae.Id,
            Territories = [new TerritoryLinkInput { TerritoryId = valenciennes, Role = TerritoryRole.Cooperative }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var kpa = await (await admin.PostJsonAsync("/api/v1/kpas", new KpaInput { OrganisationId = organisation.Id })).OkAsync<KpaView>(HttpStatusCode.Created);

        var falling = await (await admin.PostJsonAsync($"/api/v1/portage/{cae.Id}/schedules", new ContributionScheduleInput
        {
            ValidFrom = new DateOnly(2026, 1, 1),
            Source = "test",
            Brackets = [new() { UpTo = 30_000m, Rate = 0.115m }, new() { UpTo = 10_000m, Rate = 0.105m }],
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(falling.GetProperty("errors").TryGetProperty("brackets", out _));
        await (await admin.PostJsonAsync($"/api/v1/portage/{cae.Id}/schedules", new ContributionScheduleInput
        {
            ValidFrom = new DateOnly(2026, 1, 1),
            Source = "Conditions de test",
            CutOffDay = 20,
            Brackets = [new() { UpTo = 30_000m, Rate = 0.115m }, new() { UpTo = null, Rate = 0.105m }],
        })).OkAsync<ContributionSchedule>(HttpStatusCode.Created);

        var a = await SignedUpAsync(admin, kpa.Id, "Alice");
        var b = await SignedUpAsync(admin, kpa.Id, "Bruno");
        var ledger = $"/api/v1/kpas/{kpa.Id}/ledger";
        await (await admin.PostJsonAsync(ledger, new LedgerLineInput { Kind = LedgerLineKind.Turnover, On = new DateOnly(2026, 2, 5), Amount = 1_200m, CooperantId = a, Label = "Tonte", Source = "Facture 1" })).OkAsync<LedgerView>();
        await (await admin.PostJsonAsync(ledger, new LedgerLineInput { Kind = LedgerLineKind.Turnover, On = new DateOnly(2026, 2, 10), Amount = 600m, CooperantId = b, Label = "Buffet", Source = "Facture 2" })).OkAsync<LedgerView>();
        await (await admin.PostJsonAsync(ledger, new LedgerLineInput { Kind = LedgerLineKind.DirectCost, On = new DateOnly(2026, 2, 20), Amount = 300m, Label = "Essence", Source = "Ticket" })).OkAsync<LedgerView>();
        var collective = await (await admin.PostJsonAsync(ledger, new LedgerLineInput { Kind = LedgerLineKind.SharedCost, On = new DateOnly(2026, 2, 5), Amount = 30m, Label = "Téléphone", Source = "Facture opérateur" }))
            .OkAsync<LedgerView>();
        Assert.Equal(1_500m, collective.Balance);
        var anonymous = await (await admin.PostJsonAsync(ledger, new LedgerLineInput { Kind = LedgerLineKind.Turnover, On = new DateOnly(2026, 2, 5), Amount = 10m, Label = "x", Source = "y" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(anonymous.GetProperty("errors").TryGetProperty("cooperantId", out _));
        var pay = await (await admin.PostJsonAsync(ledger, new LedgerLineInput { Kind = LedgerLineKind.Pay, On = new DateOnly(2026, 2, 5), Amount = 10m, Label = "x", Source = "y" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(pay.GetProperty("errors").TryGetProperty("kind", out _));

        var february = await (await admin.GetAsync($"/api/v1/kpas/{kpa.Id}/sharing?month=2026-02-01")).OkAsync<SharingStatement>();
        Assert.Equal((1_500m, 172.50m, 1_327.50m), (february.GrossMargin, february.Contribution, february.Result));
        Assert.Equal([885.00m, 442.50m], february.Lines.Select(l => l.Share));
        Assert.True(february.CanApply);
        await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/sharing", new SharingInput { Month = new DateOnly(2026, 3, 1) })).ProblemAsync(HttpStatusCode.BadRequest);
        var applied = await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/sharing", new SharingInput { Month = new DateOnly(2026, 2, 1) })).OkAsync<SharingStatement>();
        Assert.True(applied.Applied);
        await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/sharing", new SharingInput { Month = new DateOnly(2026, 2, 1) })).ProblemAsync(HttpStatusCode.Conflict);
        var afterSharing = await (await admin.GetAsync($"/api/v1/kpas/{kpa.Id}/balance")).OkAsync<LedgerView>();
        Assert.Equal(0m, afterSharing.Balance);

        var alice = await (await admin.GetAsync($"/api/v1/cooperants/{a}/balance")).OkAsync<CooperantBalance>();
        Assert.Equal(885m - 15m, alice.Ledger.Balance);
        var tooMuch = await (await admin.PostJsonAsync($"/api/v1/cooperants/{a}/pay-requests", new PayRequestInput { Amount = 900m })).OkAsync<PayRequestView>(HttpStatusCode.Created);
        Assert.Equal((PayRequestStatus.Requested, new DateOnly(2026, 3, 1)), (tooMuch.Status, tooMuch.Month));
        var submitted = await (await admin.PostJsonAsync($"/api/v1/pay-requests/{tooMuch.Id}/submit", new RejectionInput())).OkAsync<PayRequestView>();
        var over = await (await admin.PostJsonAsync($"/api/v1/pay-requests/{tooMuch.Id}/validate", new RejectionInput { Version = submitted.Version })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("solde disponible", over.GetProperty("detail").GetString());
        var noReason = await (await admin.PostJsonAsync($"/api/v1/pay-requests/{tooMuch.Id}/reject", new RejectionInput { Version = submitted.Version })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        await (await admin.PostJsonAsync($"/api/v1/pay-requests/{tooMuch.Id}/reject", new RejectionInput { Reason = "Au-delà du solde", Version = submitted.Version })).OkAsync<PayRequestView>();

        var fair = await (await admin.PostJsonAsync($"/api/v1/cooperants/{a}/pay-requests", new PayRequestInput { Amount = 800m })).OkAsync<PayRequestView>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/v1/pay-requests/{fair.Id}/submit", new RejectionInput())).OkAsync<PayRequestView>();
        // The demo CAE does not carry this KPA: it neither sees nor validates its requests.
        using var otherCae = await app.ClientForAsync(OpteosPortage);
        await (await otherCae.PostJsonAsync($"/api/v1/pay-requests/{fair.Id}/validate", new RejectionInput())).ProblemAsync(HttpStatusCode.NotFound);
        var validated = await (await admin.PostJsonAsync($"/api/v1/pay-requests/{fair.Id}/validate", new RejectionInput())).OkAsync<PayRequestView>();
        Assert.Equal(PayRequestStatus.Validated, validated.Status);
        var paid = await (await admin.GetAsync($"/api/v1/cooperants/{a}/balance")).OkAsync<CooperantBalance>();
        Assert.Equal(70m, paid.Ledger.Balance);
        var csv = await (await admin.GetAsync($"/api/v1/portage/{cae.Id}/pay-requests/export?month=2026-03-01")).Content.ReadAsStringAsync();
        Assert.Contains("Alice", csv, StringComparison.Ordinal);
        Assert.Contains("800", csv, StringComparison.Ordinal);
    }

    private static async Task<int> SignedUpAsync(HttpClient admin, int kpaId, string firstName)
    {
        var cooperant = await (await admin.PostJsonAsync($"/api/v1/kpas/{kpaId}/cooperants", new CooperantInput
        {
            FirstName = firstName,
            LastName = "Test",
            BirthDate = new DateOnly(1990, 1, 1),
            Referent = "Référente",
        })).OkAsync<CooperantDetails>(HttpStatusCode.Created);
        foreach (var signer in Enum.GetValues<CapeSigner>())
        {
            await (await admin.PostJsonAsync($"/api/v1/cooperants/{cooperant.Id}/signatures", new SignatureInput { Signer = signer, On = new DateOnly(2025, 5, 20) })).OkAsync<CooperantDetails>();
        }
        var steps = $"/api/v1/cooperants/{cooperant.Id}/steps";
        await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Entry, On = new DateOnly(2025, 6, 1) })).OkAsync<CooperantDetails>();
        await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Contract, On = new DateOnly(2025, 6, 1), EndsOn = new DateOnly(2026, 5, 31), Contract = CooperantContractKind.Cape }))
            .OkAsync<CooperantDetails>();
        return cooperant.Id;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class KpaMoneyApiOnSqlite(SqliteApp app) : KpaMoneyApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class KpaMoneyApiOnPostgres(PostgresApp app) : KpaMoneyApiTests(app);
