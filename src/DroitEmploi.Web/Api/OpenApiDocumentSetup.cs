using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DroitEmploi.Web.Api;

public static class OpenApiDocumentSetup
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "DroitEmploi",
                Version = "v1",
                Description = "API du système d'information des territoires du droit à l'emploi (TZCLD, KPA-cité, RTE, ESS).",
                License = new OpenApiLicense { Name = "EUPL-1.2", Url = new Uri("https://eupl.eu/1.2/fr/") },
            };
            document.Servers = [new OpenApiServer { Url = "/" }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Jeton obtenu par POST /api/v1/auth/login.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            return Task.CompletedTask;
        });
    }
}
