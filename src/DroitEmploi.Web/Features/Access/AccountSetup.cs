using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DroitEmploi.Web.Features.Access;

public static class AccountSetup
{
    public const string LoginPath = "/connexion";

    /// <summary>
    /// Identity with two ways in: the cookie of the French login page for people, and bearer tokens
    /// from /api/v1/auth/login for programs. Keys live in the database so that any node can read any cookie.
    /// </summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.AddProtectedKeys();
        builder.Services.AddIdentityApiEndpoints<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                // Failed logins are slowed by LoginThrottle, never by locking the account (anyone could lock anyone out).
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.AccessDeniedPath = "/acces-refuse";
            options.Cookie.Name = "droitemploi";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401/403 with a problem, never a redirect to the login page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        // People are sent to the login page; the cookie events below answer 401/403 to the API instead.
        builder.Services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            options.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme,
            options => options.BearerTokenExpiration = TimeSpan.FromMinutes(15));
        builder.Services.AddDatabaseSessions();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddScoped<LoginGate>();
        builder.Services.AddSingleton<AccountLinkDelivery>();
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<ScopeResolver>();
        builder.Services.AddSingleton<Features.Audit.RefusedAccessJournal>();
        return builder;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapAuthEndpoints();

        app.MapPost("/deconnexion", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(LoginPath);
        }).ExcludeFromDescription();
        return app;
    }
}
