using DroitEmploi.Core.Features.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DroitEmploi.Web.Data;

/// <summary>Tells whoever ran the command where to go and how to log in.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<DatabaseSettings>();
        var lines = new List<string>
        {
            "",
            "DroitEmploi est prêt.",
            "  Adresse : " + string.Join(", ", addresses),
            "  Base de données : " + database.Describe(),
            "  Référence de l'API : /scalar/v1 (document OpenAPI : /openapi/v1.json)",
        };
        if (app.Configuration.GetValue("DemoData:Enabled", false))
        {
            lines.Add($"  Comptes de démonstration (mot de passe {DemoAccounts.Password}) :");
            lines.AddRange(new[]
            {
                DemoAccounts.Administrator, DemoAccounts.ValenciennesTeam, DemoAccounts.BarakajobsManagement,
                DemoAccounts.LilleTeam, DemoAccounts.ValenciennesMember, DemoAccounts.KpaCoordination, DemoAccounts.Funder,
            }.Select(a => "    " + a));
        }
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
