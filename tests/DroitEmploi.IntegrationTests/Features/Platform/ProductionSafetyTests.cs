using DroitEmploi.IntegrationTests.Infrastructure;
using DroitEmploi.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DroitEmploi.IntegrationTests.Features.Platform;

/// <summary>A production server refuses to start with what would let anyone in.</summary>
public sealed class ProductionSafetyTests
{
    [Fact]
    public void Production_refuses_the_demo_data()
    {
        var error = StartInProduction(("DemoData:Enabled", "true"), (KeyProtection.CertificatePathKey, TestCertificate.Path),
            (KeyProtection.CertificatePasswordKey, TestCertificate.Password));
        Assert.Contains("DemoData:Enabled", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_the_demo_password_for_the_first_administrator()
    {
        var error = StartInProduction(("Bootstrap:AdminEmail", "admin@example.org"), ("Bootstrap:AdminPassword", Core.Features.Demo.DemoAccounts.Password),
            (KeyProtection.CertificatePathKey, TestCertificate.Path), (KeyProtection.CertificatePasswordKey, TestCertificate.Password));
        Assert.Contains("demo password", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_to_store_the_session_keys_unencrypted()
    {
        var error = StartInProduction();
        Assert.Contains(KeyProtection.CertificatePathKey, error, StringComparison.Ordinal);
    }

    private static string StartInProduction(params (string Key, string Value)[] settings)
    {
        var database = Path.Combine(Path.GetTempPath(), $"droitemploi-production-{Guid.NewGuid():N}.db");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:SqliteFile", database);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => factory.Services);
            return (error as InvalidOperationException ?? error.InnerException ?? error).Message;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }
}
