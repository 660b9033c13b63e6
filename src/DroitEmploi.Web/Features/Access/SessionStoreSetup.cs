using Microsoft.AspNetCore.Authentication.Cookies;

namespace DroitEmploi.Web.Features.Access;

public static class SessionStoreSetup
{
    public static IServiceCollection AddDatabaseSessions(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        return services;
    }
}
