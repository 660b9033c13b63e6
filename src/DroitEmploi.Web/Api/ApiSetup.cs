using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DroitEmploi.Core.Common;
using DroitEmploi.Web.Features.Access;
using DroitEmploi.Web.Features.Activities;
using DroitEmploi.Web.Features.ActivityAccounts;
using DroitEmploi.Web.Features.Agreements;
using DroitEmploi.Web.Features.Audit;
using DroitEmploi.Web.Features.Commerce;
using DroitEmploi.Web.Features.Committee;
using DroitEmploi.Web.Features.Cooperatives;
using DroitEmploi.Web.Features.CostBalance;
using DroitEmploi.Web.Features.Dashboards;
using DroitEmploi.Web.Features.Directory;
using DroitEmploi.Web.Features.Employment;
using DroitEmploi.Web.Features.Home;
using DroitEmploi.Web.Features.Parameters;
using DroitEmploi.Web.Features.People;
using DroitEmploi.Web.Features.Planning;
using DroitEmploi.Web.Features.Projection;
using DroitEmploi.Web.Features.Public;
using DroitEmploi.Web.Features.SharedCosts;
using DroitEmploi.Web.Features.Territories;
using DroitEmploi.Web.Features.Transition;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;

namespace DroitEmploi.Web.Api;

public static class ApiSetup
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.TypeInfoResolver = options.SerializerOptions.TypeInfoResolver?.WithAddedModifier(NullCollectionsStayEmpty.Modify)
                ?? new DefaultJsonTypeInfoResolver { Modifiers = { NullCollectionsStayEmpty.Modify } };
        });
        // Binding failures reach the problem handler, which names the field at fault.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemTexts.Frenchify);
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddOpenApi(options => OpenApiDocumentSetup.Configure(options));
        builder.Services.AddSingleton<UploadLimits>();
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options =>
            options.MultipartBodyLengthLimit = builder.Configuration.GetValue<long>("Uploads:MaxBytes", 10 * 1024 * 1024) + UploadLimits.FormOverhead);
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

        // The API is for programs: bearer tokens only. Pages call the services directly, so a browser's
        // cookie never authorises an API call (no cross-site request can reach it).
        var api = app.MapGroup("/api/v1").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme })
            .AddEndpointFilter<QueryValuesFilter>();
        api.MapTerritoryEndpoints();
        api.MapOrganisationEndpoints();
        api.MapAuditEndpoints();
        api.MapPeopleEndpoints();
        api.MapWaitingListEndpoints();
        api.MapParameterEndpoints();
        api.MapEmploymentEndpoints();
        api.MapPlanningEndpoints();
        api.MapAccountAdministrationEndpoints();
        api.MapHomeEndpoints();
        api.MapActivityEndpoints();
        api.MapCommitteeEndpoints();
        api.MapCooperativesEndpoints();
        api.MapTransitionEndpoints();
        api.MapProjectionEndpoints();
        api.MapCostBalanceEndpoints();
        api.MapAgreementEndpoints();
        api.MapActivityAccountEndpoints();
        api.MapSharedCostEndpoints();
        api.MapDashboardEndpoints();
        api.MapKpaMoneyEndpoints();
        api.MapCommerceEndpoints();
        app.MapPublicActivityEndpoints();
        app.MapPublicFiguresEndpoints();
        app.MapPublicCommitteeEndpoints();

        // Any other address under /api is unknown whatever the method (a page's catch-all would answer 405).
        app.Map("/api/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
