using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
        var port = FreePort();
        var database = Path.Combine(Path.GetTempPath(), $"droitemploi-hosting-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DroitEmploi.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__SqliteFile"] = database;
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        switch (how)
        {
            case "--urls":
                start.ArgumentList.Add("--urls");
                start.ArgumentList.Add($"http://127.0.0.1:{port}");
                break;
            case "ASPNETCORE_URLS":
                start.Environment[how] = $"http://127.0.0.1:{port}";
                break;
            default:
                start.Environment[how] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            HttpStatusCode? status = null;
            for (var attempt = 0; attempt < 120 && status is null && !process.HasExited; attempt++)
            {
                try
                {
                    status = (await client.GetAsync($"http://127.0.0.1:{port}/health")).StatusCode;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }
            Assert.False(process.HasExited, $"The app stopped with code {(process.HasExited ? process.ExitCode : 0)}.");
            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
