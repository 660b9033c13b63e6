using System.Net;
using System.Text.Json;
using DroitEmploi.IntegrationTests.Infrastructure;

namespace DroitEmploi.IntegrationTests.Features.Platform;

public abstract class PlatformTests(AppFactory app)
{
    [Fact]
    public async Task Health_checks_the_database()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Openapi_document_describes_the_api_and_its_bearer_security()
    {
        using var client = app.CreateClient();
        var json = await client.GetStringAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(json).RootElement;
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/territories/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/organisations", out _));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("bearer", out _));

        // ./test.sh lints this copy with a standard OpenAPI linter.
        if (Environment.GetEnvironmentVariable("DROITEMPLOI_OPENAPI_OUT") is { Length: > 0 } output)
        {
            await File.WriteAllTextAsync(output, json);
        }
    }

    [Fact]
    public async Task Reference_ui_is_served()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_route_is_a_french_problem()
    {
        using var client = app.CreateClient();
        var problem = await (await client.GetAsync("/api/v1/nulle-part")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Ressource introuvable", problem.GetProperty("title").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformOnSqlite(SqliteApp app) : PlatformTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlatformOnPostgres(PostgresApp app) : PlatformTests(app);
