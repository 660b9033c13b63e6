using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
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
        var body = await response.OkAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task The_keys_that_sign_sessions_are_stored_encrypted_and_still_open_sessions()
    {
        using var client = await app.ClientForAsync(ValenciennesTeam);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/territories")).StatusCode);

        await using var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var keys = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.DataProtectionKeys);
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("<encryptedSecret ", key.Xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", key.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", key.Xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Repeated_failures_are_slowed_alike_for_known_and_unknown_accounts_without_locking_the_owner_out()
    {
        // An account of its own: slowing a demo account would lock out, for a quarter of an hour, every later test logging in with it.
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await using var db = await scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var known = $"ralenti-{Guid.NewGuid():N}@exemple.fr";
        await AccountCreation.CreateAsync(users, db, known, "Compte ralenti", Password, [], CancellationToken.None);
        using var anonymous = app.CreateClient();
        foreach (var email in new[] { known, "personne.inconnue@example.org" })
        {
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                var failed = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "mauvais-mot-de-passe" });
                var problem = await failed.ProblemAsync(HttpStatusCode.Unauthorized);
                Assert.Equal("Adresse ou mot de passe incorrect.", problem.GetProperty("detail").GetString());
            }
            var slowed = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
            var slowedProblem = await slowed.ProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.StartsWith("Trop d'essais", slowedProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        // The account itself is not locked: its owner, from another address, still logs in.
        var owner = await users.FindByEmailAsync(known);
        Assert.False(await users.IsLockedOutAsync(owner!));
    }

    [Theory]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/api/v1/auth/register/")]
    [InlineData("/api/v1/auth/REGISTER")]
    [InlineData("/api/v1/auth//register")]
    [InlineData("/api/v1/auth/register?x=1")]
    [InlineData("/API/V1/AUTH/Register/")]
    public async Task Nobody_registers_an_account_through_the_api_whatever_the_spelling(string path)
    {
        using var anonymous = app.CreateClient();
        var email = $"intrus.{Guid.NewGuid():N}@example.org";
        var response = await anonymous.PostAsJsonAsync(path, new { email, password = "Intrus-2026!" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Intrus-2026!" });
        await login.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{\"email\": null, \"password\": null}", "email")]
    [InlineData("{\"password\": \"x\"}", "email")]
    [InlineData("{\"email\": \"a@b.fr\"}", "password")]
    public async Task Login_with_a_missing_field_is_a_400_naming_it(string json, string field)
    {
        using var anonymous = app.CreateClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await anonymous.PostAsync("/api/v1/auth/login", content)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_refresh_token_buys_new_tokens_once_and_a_replay_is_refused()
    {
        using var anonymous = app.CreateClient();
        var tokens = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = Funder, password = Password })).OkAsync<JsonElement>();
        var refreshToken = tokens.GetProperty("refreshToken").GetString();

        var renewed = await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken })).OkAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(renewed.GetProperty("accessToken").GetString()));
        Assert.NotEqual(refreshToken, renewed.GetProperty("refreshToken").GetString());

        var replay = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        await replay.ProblemAsync(HttpStatusCode.Unauthorized);

        // Logging out gives up the newest refresh token too.
        var newest = renewed.GetProperty("refreshToken").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = newest })).StatusCode);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = newest })).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_password_change_ends_the_accounts_other_tokens_and_sessions()
    {
        var email = $"changement.{Guid.NewGuid():N}@example.org";
        using (var scope = app.Services.CreateScope())
        {
            await AccountCreation.CreateAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
                scope.ServiceProvider.GetRequiredService<AppDbContext>(), email, "Compte jetable", Password,
                [new ScopedRole(Role.Funder, null, null)], CancellationToken.None);
        }
        using var anonymous = app.CreateClient();
        var tokens = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password })).OkAsync<JsonElement>();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/territories")).StatusCode);
        using var browser = await BrowserLikeClient.LoggedInAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/territoires")).StatusCode);

        var change = await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = Password, newPassword = "Nouveau-2026-mot" });
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);

        await (await client.GetAsync("/api/v1/territories")).ProblemAsync(HttpStatusCode.Unauthorized);
        var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        await refresh.ProblemAsync(HttpStatusCode.Unauthorized);
        var page = await browser.GetAsync("/territoires");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/connexion", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_replayed_after_logout_is_refused()
    {
        var (browser, login) = await BrowserLikeClient.LogInAsync(app, Funder, Password);
        using (browser)
        {
            var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("droitemploi=", StringComparison.Ordinal)).Split(';')[0];
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/territoires")).StatusCode);
            var logout = await browser.PostAsync("/deconnexion", null);
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

            using var replay = BrowserLikeClient.Anonymous(app);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/territoires");
            request.Headers.Add("Cookie", cookie);
            var response = await replay.SendAsync(request);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/connexion", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
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
