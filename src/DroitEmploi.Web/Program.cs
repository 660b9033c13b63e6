using DroitEmploi.Web.Api;
using DroitEmploi.Web.Components;
using DroitEmploi.Web.Data;
using DroitEmploi.Web.Features.Access;
using DroitEmploi.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// Serves MudBlazor's assets from the build output in every environment, so `dotnet run` works as is.
builder.WebHost.UseStaticWebAssets();

builder.AddHosting();
builder.AddDatabase();
builder.AddAccounts();
builder.AddApi();
builder.AddUserInterface();

var app = builder.Build();

app.UseHosting();
// Messages, numbers and dates read the French way ("12,02 €", "31/12/2026").
app.UseRequestLocalization(new RequestLocalizationOptions().SetDefaultCulture("fr-FR").AddSupportedCultures("fr-FR").AddSupportedUICultures("fr-FR"));
app.UseApiErrorHandling();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health");
app.MapApi();
app.MapAccountEndpoints();
app.MapUserInterface();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();
