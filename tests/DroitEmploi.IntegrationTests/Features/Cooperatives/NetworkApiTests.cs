using System.Net;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Cooperatives;

public abstract class NetworkApiTests(AppFactory app)
{
    [Fact]
    public async Task Every_kpa_of_the_network_reads_its_meetings_and_resources_and_shares_its_own()
    {
        var kpa = await Demo.OrganisationIdAsync(app, "KPA Services pour tous");
        var laCape = await Demo.OrganisationIdAsync(app, "KPA La Cape (démo)");
        using var coordination = await app.ClientForAsync(KpaCoordination);
        var network = await (await coordination.GetAsync($"/api/v1/kpas/{kpa}/network")).OkAsync<NetworkView>();
        Assert.Equal("KPA-cité", network.Network);
        Assert.Contains(network.Kpas, k => k.Id == laCape);
        Assert.Contains(network.Resources, r => r.SharedBy == "KPA La Cape (démo)");
        Assert.NotEmpty(network.Meetings);
        Assert.True(network.CanContribute);

        var title = $"Modèle de devis {Guid.NewGuid().ToString("N")[..6]}";
        var shared = await (await coordination.PostJsonAsync($"/api/v1/kpas/{kpa}/network/resources", new SharedResourceInput { Title = title, Link = "https://exemple.fr/devis", Tags = ["devis", "devis", " prix "] }))
            .OkAsync<NetworkView>();
        var resource = Assert.Single(shared.Resources, r => r.Title == title);
        Assert.Equal(["devis", "prix"], resource.Tags);
        foreach (var hostile in new[] { "javascript:alert(1)", "file:///etc/passwd", "exemple.fr", "=HYPERLINK(\"x\")" })
        {
            var refused = await (await coordination.PostJsonAsync($"/api/v1/kpas/{kpa}/network/resources", new SharedResourceInput { Title = "x", Link = hostile })).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(refused.GetProperty("errors").TryGetProperty("link", out _), hostile);
        }
        var stranger = await (await coordination.PostJsonAsync($"/api/v1/kpas/{kpa}/network/meetings", new NetworkMeetingInput { HeldOn = app.Today, KpaIds = [kpa, 999_999], Notes = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(stranger.GetProperty("errors").TryGetProperty("kpaIds", out _));
        var met = await (await coordination.PostJsonAsync($"/api/v1/kpas/{kpa}/network/meetings", new NetworkMeetingInput { HeldOn = app.Today, KpaIds = [kpa, laCape], Notes = "Rencontre de test" }))
            .OkAsync<NetworkView>();
        Assert.Contains(met.Meetings, m => m.Notes == "Rencontre de test" && m.Present.Contains("KPA La Cape (démo)"));

        // The CAE that carries the network's KPA reads it and shares nothing; a cooperant, a CLE or an EBE does not see it.
        using var portage = await app.ClientForAsync(OpteosPortage);
        var carried = await (await portage.GetAsync($"/api/v1/kpas/{laCape}/network")).OkAsync<NetworkView>();
        Assert.Contains(carried.Resources, r => r.Title == title);
        Assert.False(carried.CanContribute);
        await (await portage.PostJsonAsync($"/api/v1/kpas/{laCape}/network/resources", new SharedResourceInput { Title = "x", Link = "https://exemple.fr" })).ProblemAsync(HttpStatusCode.Forbidden);
        // A KPA's coordination contributes for its own KPA only, even within its network.
        await (await coordination.GetAsync($"/api/v1/kpas/{laCape}/network")).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var outsider in new[] { ServicesPourTousCooperant, ValenciennesTeam, BarakajobsManagement, Funder })
        {
            using var client = await app.ClientForAsync(outsider);
            await (await client.GetAsync($"/api/v1/kpas/{kpa}/network")).ProblemAsync(HttpStatusCode.NotFound);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NetworkApiOnSqlite(SqliteApp app) : NetworkApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NetworkApiOnPostgres(PostgresApp app) : NetworkApiTests(app);
