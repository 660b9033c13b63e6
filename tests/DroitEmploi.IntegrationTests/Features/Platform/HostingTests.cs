using System.Net;
using DroitEmploi.IntegrationTests.Infrastructure;
using DroitEmploi.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace DroitEmploi.IntegrationTests.Features.Platform;

/// <summary>
/// The app moves to another port the way every .NET host does it: the built application is started as
/// a process of its own, as a container or a systemd unit would, and must answer where it was told.
/// </summary>
public sealed class HostingTests
{
    [Theory]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("--urls")]
    public async Task The_app_listens_where_its_host_says(string how)
    {
        var port = AppProcess.FreePort();
        var database = Path.Combine(Path.GetTempPath(), $"droitemploi-hosting-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Database__SqliteFile"] = database,
            ["ASPNETCORE_URLS"] = null,
            ["ASPNETCORE_HTTP_PORTS"] = null,
        };
        var arguments = new List<string>();
        switch (how)
        {
            case "--urls":
                arguments.AddRange(["--urls", $"http://127.0.0.1:{port}"]);
                break;
            case "ASPNETCORE_URLS":
                settings[how] = $"http://127.0.0.1:{port}";
                break;
            default:
                settings[how] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        var app = AppProcess.Start(settings, arguments);
        try
        {
            var status = await app.WaitUntilAnsweringAsync(port);
            Assert.False(app.HasExited, $"The app stopped with code {(app.HasExited ? app.ExitCode : 0)}.");
            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    [Fact]
    public void The_readme_port_applies_only_when_no_address_is_given()
    {
        static bool Listens(params (string Key, string Value)[] settings) => HostingSetup.ListensSomewhere(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

        Assert.False(Listens());
        Assert.True(Listens(("urls", "http://0.0.0.0:8080")));
        Assert.True(Listens(("http_ports", "8080")));
        Assert.True(Listens(("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")));
    }
}
