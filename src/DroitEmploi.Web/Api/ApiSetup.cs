using System.Text.Json.Serialization;
using DroitEmploi.Core.Common;
using DroitEmploi.Web.Features.Audit;
using DroitEmploi.Web.Features.Directory;
using DroitEmploi.Web.Features.Territories;
using Scalar.AspNetCore;

namespace DroitEmploi.Web.Api;

public static class ApiSetup
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemTexts.Frenchify);
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddOpenApi(options => OpenApiDocumentSetup.Configure(options));
        return builder;
    }

    public static WebApplication UseApiErrorHandling(this WebApplication app)
    {
        // The API answers every failure as a problem; pages show the French error page instead.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = DomainExceptionHandler.StatusFor,
                // Refusals the user can act on are answers, not failures: they stay out of the error log.
                SuppressDiagnosticsCallback = context => context.Exception is DomainException or BadHttpRequestException,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/erreur", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/introuvable");
        });
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(options => options.WithTitle("DroitEmploi — API")).AllowAnonymous();

        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapTerritoryEndpoints();
        api.MapOrganisationEndpoints();
        api.MapAuditEndpoints();
        return app;
    }
}
