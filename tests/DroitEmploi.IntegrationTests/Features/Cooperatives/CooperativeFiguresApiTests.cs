using System.Net;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Cooperatives;

public abstract class CooperativeFiguresApiTests(AppFactory app)
{
    [Fact]
    public async Task Funders_read_every_territorys_cooperatives_in_figures_and_a_territory_only_its_own()
    {
        using var funder = await app.ClientForAsync(Funder);
        var all = await (await funder.GetAsync("/api/v1/cooperatives/figures")).OkAsync<CooperativeFigures>();
        var servicesPourTous = Assert.Single(all.Kpas, k => k.Name == "KPA Services pour tous");
        Assert.Contains(all.Kpas, k => k.Name == "KPA La Cape (démo)");
        Assert.True(servicesPourTous.Turnover > 0);
        Assert.True(servicesPourTous.Figures.Present > 0);
        Assert.Equal(all.Kpas.Sum(k => k.Figures.Present), all.Cooperants);
        var cte = Assert.Single(all.Ctes);
        Assert.Equal(("CTE du Hainaut (démo)", 1), (cte.Name, cte.SpinOffs));
        Assert.True(cte.RtePaid > 0 && cte.RtePaid <= cte.PoolResources);
        var csv = await (await funder.GetAsync("/api/v1/cooperatives/figures/export")).Content.ReadAsStringAsync();
        Assert.Contains("CTE du Hainaut (démo);CTE;", csv);
        Assert.Contains("KPA Services pour tous;KPA;", csv);

        using var lille = await app.ClientForAsync(LilleTeam);
        var theirs = await (await lille.GetAsync("/api/v1/cooperatives/figures")).OkAsync<CooperativeFigures>();
        Assert.DoesNotContain(theirs.Kpas, k => k.Id == servicesPourTous.Id);
        Assert.Empty(theirs.Ctes);
        await (await funder.GetAsync("/api/v1/cooperatives/figures?year=1800")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CooperativeFiguresApiOnSqlite(SqliteApp app) : CooperativeFiguresApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CooperativeFiguresApiOnPostgres(PostgresApp app) : CooperativeFiguresApiTests(app);
