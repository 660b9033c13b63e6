using System.Net;
using System.Text.Json;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Access;

/// <summary>
/// Every page of the application, opened as each demo role, answers as the API that reads the same
/// data answers that role: a page that shows what its endpoint refuses (or refuses what its endpoint
/// gives) reads around the rules.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class PageAccessTests(SqliteApp app)
{
    public static TheoryData<string> Roles => new()
    {
        Administrator, ValenciennesTeam, LilleTeam, ValenciennesMember, BarakajobsManagement, KpaCoordination, Funder, BarakajobsEmployee, BarakajobsAccounting,
        ServicesPourTousCooperant, OpteosPortage, CteCoordination, RteHolder,
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_page_lets_in_whom_its_endpoint_lets_in_and_nobody_else(string role)
    {
        var ids = await DemoIdsAsync();
        using var api = await app.ClientForAsync(role);
        using var browser = await BrowserLikeClient.LoggedInAsync(app, role);
        var mismatches = new List<string>();
        var opened = 0;
        foreach (var (page, endpoint) in Pairs(ids))
        {
            var apiAnswer = await api.GetAsync(endpoint);
            Assert.True(apiAnswer.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                $"{endpoint} answered {(int)apiAnswer.StatusCode} to {role}");
            var apiAllows = apiAnswer.StatusCode == HttpStatusCode.OK;
            var pageAllows = await PageAllowsAsync(browser, page);
            opened += pageAllows ? 1 : 0;
            if (apiAllows != pageAllows)
            {
                mismatches.Add($"{page}: page {(pageAllows ? "shows" : "refuses")}, {endpoint} {(apiAllows ? "answers" : "refuses")}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{role}:\n{string.Join('\n', mismatches)}");
        // Every role has something of its own to open.
        Assert.True(opened > 0, $"{role} could open no page at all.");
    }

    [Fact]
    public async Task An_employee_reads_her_own_space_but_not_her_ebes_figures_nor_the_registry()
    {
        var ids = await DemoIdsAsync();
        using var browser = await BrowserLikeClient.LoggedInAsync(app, BarakajobsEmployee);
        Assert.True(await PageAllowsAsync(browser, "/mon-espace"));
        Assert.True(await PageAllowsAsync(browser, "/mon-planning"));
        Assert.False(await PageAllowsAsync(browser, $"/annuaire/{ids.Barakajobs}/emploi"));
        Assert.False(await PageAllowsAsync(browser, $"/volontaires/{ids.Person}"));
        Assert.False(await PageAllowsAsync(browser, "/journal"));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_waiting_list_page_names_people_only_for_those_its_endpoint_names_them_to(string role)
    {
        var ids = await DemoIdsAsync();
        using var api = await app.ClientForAsync(role);
        using var browser = await BrowserLikeClient.LoggedInAsync(app, role);
        var names = (await api.GetAsync($"/api/v1/territories/{ids.Valenciennes}/waiting-list")).StatusCode == HttpStatusCode.OK;
        var response = await browser.GetAsync($"/territoires/{ids.Valenciennes}/liste-attente");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return;
        }
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(names, html.Contains("data-testid=\"first-in-order\"", StringComparison.Ordinal));
        if (!names && !html.Contains("data-testid=\"page-error\"", StringComparison.Ordinal))
        {
            Assert.Contains("leurs noms ne sont visibles que par l'équipe projet", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }
    }

    /// <summary>A page refuses by sending to the access-denied or login page, or by showing its French error instead of the data.</summary>
    private static async Task<bool> PageAllowsAsync(HttpClient browser, string page)
    {
        var response = await browser.GetAsync(page);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found)
        {
            var target = response.Headers.Location?.ToString() ?? "";
            Assert.True(target.Contains("acces-refuse", StringComparison.Ordinal) || target.Contains("connexion", StringComparison.Ordinal),
                $"{page} redirected to {target}");
            return false;
        }
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            $"{page} answered {(int)response.StatusCode}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        return !html.Contains("data-testid=\"page-error\"", StringComparison.Ordinal);
    }

    private static IEnumerable<(string Page, string Endpoint)> Pairs(DemoIds ids) =>
    [
        ("/territoires", "/api/v1/territories"),
        ($"/territoires/{ids.Valenciennes}", $"/api/v1/territories/{ids.Valenciennes}"),
        ($"/territoires/{ids.Valenciennes}/volontaires", $"/api/v1/territories/{ids.Valenciennes}/people"),
        // The page opens for whoever reads the territory's figures; names only for those the list's endpoint lets in (below).
        ($"/territoires/{ids.Valenciennes}/liste-attente", $"/api/v1/territories/{ids.Valenciennes}/people-figures"),
        ($"/territoires/{ids.Valenciennes}/equite", $"/api/v1/territories/{ids.Valenciennes}/fairness-report"),
        ($"/territoires/{ids.Valenciennes}/emploi", $"/api/v1/territories/{ids.Valenciennes}/employment-figures"),
        ($"/volontaires/{ids.Person}", $"/api/v1/people/{ids.Person}"),
        ("/annuaire", "/api/v1/organisations"),
        ($"/annuaire/{ids.Barakajobs}", $"/api/v1/organisations/{ids.Barakajobs}"),
        ($"/annuaire/{ids.Barakajobs}/emploi", $"/api/v1/organisations/{ids.Barakajobs}/employment-figures"),
        ($"/annuaire/{ids.Barakajobs}/convention", $"/api/v1/organisations/{ids.Barakajobs}/agreement?year=2026"),
        ($"/annuaire/{ids.Barakajobs}/comptes", $"/api/v1/organisations/{ids.Barakajobs}/activity-accounts?year=2026"),
        ("/ressources-partagees", "/api/v1/shared-resources"),
        ($"/annuaire/{ids.Barakajobs}/planning", $"/api/v1/organisations/{ids.Barakajobs}/schedule-slots"),
        ($"/annuaire/{ids.Barakajobs}/ventes", $"/api/v1/organisations/{ids.Barakajobs}/invoices"),
        ($"/annuaire/{ids.Barakajobs}/prestations", $"/api/v1/organisations/{ids.Barakajobs}/services"),
        ($"/annuaire/{ids.Fabrique}/emploi", $"/api/v1/organisations/{ids.Fabrique}/employment-figures"),
        ($"/contrats/{ids.Contract}", $"/api/v1/contracts/{ids.Contract}"),
        ("/journal", "/api/v1/audit"),
        ("/parametres", "/api/v1/parameters"),
        ("/mon-espace", "/api/v1/me/contracts"),
        ("/comptes", "/api/v1/accounts"),
        ($"/comptes/{ids.LilleTeamAccount}", $"/api/v1/accounts/{ids.LilleTeamAccount}"),
        ("/mon-compte", "/api/v1/accounts/me"),
        ($"/territoires/{ids.Valenciennes}/activites", $"/api/v1/territories/{ids.Valenciennes}/activities"),
        ($"/territoires/{ids.Valenciennes}/cle", $"/api/v1/territories/{ids.Valenciennes}/committee"),
        ($"/territoires/{ids.Valenciennes}/besoins", $"/api/v1/territories/{ids.Valenciennes}/needs"),
        ($"/annuaire/{ids.Barakajobs}/activites", $"/api/v1/organisations/{ids.Barakajobs}/activities"),
        ($"/annuaire/{ids.Fabrique}/activites", $"/api/v1/organisations/{ids.Fabrique}/activities"),
        ("/kpa", "/api/v1/kpas"),
        ($"/kpa/{ids.Kpa}", $"/api/v1/kpas/{ids.Kpa}"),
        ($"/cooperants/{ids.Cooperant}", $"/api/v1/cooperants/{ids.Cooperant}"),
        ("/mon-parcours", "/api/v1/me/cooperant"),
        ($"/kpa/{ids.Kpa}/reseau", $"/api/v1/kpas/{ids.Kpa}/network"),
        ($"/portage/{ids.Opteos}", $"/api/v1/portage/{ids.Opteos}/pay-requests"),
        ("/cte", "/api/v1/ctes"),
        ($"/cte/{ids.Cte}", $"/api/v1/ctes/{ids.Cte}"),
        ("/mon-rte", "/api/v1/me/rte"),
        ("/cooperatives/chiffres", "/api/v1/cooperatives/figures"),
        ($"/territoires/{ids.Valenciennes}/projection", $"/api/v1/territories/{ids.Valenciennes}/projection"),
        ($"/territoires/{ids.Valenciennes}/bilan", $"/api/v1/territories/{ids.Valenciennes}/cost-balance"),
        ("/reseau", "/api/v1/network/dashboard"),
    ];

    private sealed record DemoIds(int Valenciennes, int Barakajobs, int Fabrique, int Person, int Contract, string LilleTeamAccount, int Kpa, int Cooperant, int Opteos, int Cte);

    private async Task<DemoIds> DemoIdsAsync()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var fabrique = await Demo.OrganisationIdAsync(app, "La Fabrique de l'Emploi");
        using var admin = await app.ClientForAsync(Administrator);
        var people = await (await admin.GetAsync($"/api/v1/territories/{valenciennes}/people?pageSize=1")).OkAsync<JsonElement>();
        var contracts = await (await admin.GetAsync($"/api/v1/organisations/{barakajobs}/contracts")).OkAsync<JsonElement>();
        var lilleTeam = await (await admin.GetAsync($"/api/v1/accounts?search={Uri.EscapeDataString(LilleTeam)}")).OkAsync<JsonElement>();
        var kpa = await Demo.OrganisationIdAsync(app, "KPA Services pour tous");
        var cooperants = await (await admin.GetAsync($"/api/v1/kpas/{kpa}/cooperants")).OkAsync<JsonElement>();
        return new DemoIds(valenciennes, barakajobs, fabrique,
            people.GetProperty("items")[0].GetProperty("id").GetInt32(), contracts[0].GetProperty("id").GetInt32(),
            lilleTeam.GetProperty("items")[0].GetProperty("id").GetString()!, kpa, cooperants[0].GetProperty("id").GetInt32(),
            await Demo.OrganisationIdAsync(app, "Optéos"), await Demo.OrganisationIdAsync(app, "CTE du Hainaut (démo)"));
    }
}
