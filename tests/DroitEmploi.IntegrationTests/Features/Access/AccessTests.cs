using System.Net;
using System.Net.Http.Json;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Access;

public abstract class AccessTests(AppFactory app)
{
    [Theory]
    [InlineData(Administrator)]
    [InlineData(ValenciennesTeam)]
    [InlineData(BarakajobsManagement)]
    public async Task Demo_accounts_get_a_bearer_token(string email)
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        var body = await response.OkAsync<System.Text.Json.JsonElement>();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_repeated_failures_lock_the_account()
    {
        using var anonymous = app.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            // An account no other test logs in with: the lockout must not disturb them.
            var failed = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = KpaCoordination, password = "mauvais-mot-de-passe" });
            var problem = await failed.ProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Contains(attempt < 5 ? "incorrect" : "verrouillé", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        var locked = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = KpaCoordination, password = Password });
        var lockedProblem = await locked.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("verrouillé", lockedProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_registers_an_account_through_the_api()
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = "intrus@example.org", password = "Intrus-2026!" });
        await response.ProblemAsync(HttpStatusCode.NotFound);
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "intrus@example.org", password = "Intrus-2026!" });
        await login.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Pages_send_anonymous_visitors_to_the_french_login_page()
    {
        using var anonymous = BrowserLikeClient.Anonymous(app);
        var response = await anonymous.GetAsync("/territoires");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var login = await anonymous.GetStringAsync("/connexion");
        Assert.Contains("Se connecter", login, StringComparison.Ordinal);
        Assert.Contains("Mot de passe", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_form_refuses_a_wrong_password_in_french()
    {
        var (client, response) = await BrowserLikeClient.LogInAsync(app, ValenciennesMember, "pas-le-bon");
        using (client)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Adresse ou mot de passe incorrect.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cle_team_page_shows_its_territory_and_hides_the_other_one()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var lille = await Demo.TerritoryIdAsync(app, Demo.Lille);
        using var browser = await BrowserLikeClient.LoggedInAsync(app, ValenciennesTeam);

        var own = await browser.GetStringAsync($"/territoires/{valenciennes}");
        Assert.Contains("Faubourg de Lille", own, StringComparison.Ordinal);

        var other = await browser.GetStringAsync($"/territoires/{lille}");
        Assert.Contains("n'existe pas ou ne vous est pas accessible", WebUtility.HtmlDecode(other), StringComparison.Ordinal);
        Assert.DoesNotContain("Phalempins", other, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccessOnSqlite(SqliteApp app) : AccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccessOnPostgres(PostgresApp app) : AccessTests(app);
