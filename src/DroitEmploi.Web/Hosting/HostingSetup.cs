using Microsoft.AspNetCore.HttpOverrides;

namespace DroitEmploi.Web.Hosting;

/// <summary>
/// How the app meets its host: the address it listens on, the proxy in front of it, the headers every
/// answer carries, and what it refuses to start with in production.
/// </summary>
public static class HostingSetup
{
    public const string DefaultUrl = "http://localhost:5000";

    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        // The usual ways of choosing the address (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, --urls, Kestrel
        // endpoints) all win over the README's default port, which applies only when none is given.
        if (!ListensSomewhere(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        StartupSafety.Check(builder.Environment, builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named in configuration are believed; by default, loopback ones.
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static bool ListensSomewhere(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Sent only on HTTPS (behind a TLS proxy, through the forwarded scheme).
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
