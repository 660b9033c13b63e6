using System.Net;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Parameters;

public abstract class ParameterApiTests(AppFactory app)
{
    [Fact]
    public async Task Eligibility_thresholds_are_seeded_with_their_source()
    {
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var parameters = await (await cle.GetAsync("/api/v1/parameters")).OkAsync<List<DatedParameterView>>();
        var deprived = parameters.First(p => p.Key == ParameterCatalogue.MinMonthsDeprivedOfEmployment);
        Assert.Equal(12m, deprived.Value);
        Assert.Contains("2020-1577", deprived.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_add_a_value_and_it_closes_the_previous_one()
    {
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var input = new ParameterValueInput { Key = ParameterCatalogue.MinMonthsLivingInTerritory, ValidFrom = new DateOnly(2040, 1, 1), Value = 6, Source = "Essai" };
        await (await cle.PostJsonAsync("/api/v1/parameters", input)).ProblemAsync(HttpStatusCode.Forbidden);

        using var admin = await app.ClientForAsync(Administrator);
        var added = await (await admin.PostJsonAsync("/api/v1/parameters", input)).OkAsync<DatedParameterView>(HttpStatusCode.Created);
        Assert.Null(added.ValidTo);
        var all = await (await admin.GetAsync("/api/v1/parameters")).OkAsync<List<DatedParameterView>>();
        var previous = all.Where(p => p.Key == input.Key && p.ValidFrom < input.ValidFrom).OrderBy(p => p.ValidFrom).Last();
        Assert.Equal(new DateOnly(2039, 12, 31), previous.ValidTo);

        await (await admin.PostJsonAsync("/api/v1/parameters", input)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostJsonAsync("/api/v1/parameters", new ParameterValueInput { Key = "Inconnu", ValidFrom = new DateOnly(2030, 1, 1), Source = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ParameterApiOnSqlite(SqliteApp app) : ParameterApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ParameterApiOnPostgres(PostgresApp app) : ParameterApiTests(app);
