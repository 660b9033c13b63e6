using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>The whole application over HTTP, on a database of its own seeded with the demo data.</summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, string> _tokens = [];
    private readonly SemaphoreSlim _tokenLock = new(1, 1);

    public abstract string ProviderName { get; }

    /// <summary>The application's clock: tests read today's date from it, never from the machine.</summary>
    public TestClock Clock { get; } = new();

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    protected abstract IReadOnlyDictionary<string, string> DatabaseSettings();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Bootstrap:AdminEmail", Core.Features.Demo.DemoAccounts.Administrator);
        builder.UseSetting("Bootstrap:AdminPassword", Core.Features.Demo.DemoAccounts.Password);
        // Every test client comes from the same (absent) address: the per-address limit would mix them up.
        builder.UseSetting("Login:AttemptsPerAddressPerMinute", "100000");
        builder.UseSetting(Web.Hosting.KeyProtection.CertificatePathKey, TestCertificate.Path);
        builder.UseSetting(Web.Hosting.KeyProtection.CertificatePasswordKey, TestCertificate.Password);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        foreach (var (key, value) in DatabaseSettings())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that calls the API as this account, with a bearer token from /api/v1/auth/login.</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(email));
        return client;
    }

    private async Task<string> TokenForAsync(string email)
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (!_tokens.TryGetValue(email, out var token))
            {
                using var anonymous = CreateClient();
                var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Core.Features.Demo.DemoAccounts.Password });
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                _tokens[email] = token = body.GetProperty("accessToken").GetString()!;
            }
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _tokenLock.Dispose();
        GC.SuppressFinalize(this);
    }
}
