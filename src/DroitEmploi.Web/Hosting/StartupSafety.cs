using DroitEmploi.Core.Features.Demo;

namespace DroitEmploi.Web.Hosting;

/// <summary>A production server never starts with the demo password, nor seeds the demo data.</summary>
public static class StartupSafety
{
    public static void Check(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsProduction())
        {
            return;
        }
        if (configuration.GetValue("DemoData:Enabled", false))
        {
            throw new InvalidOperationException(
                "DemoData:Enabled is true in the Production environment: the demo accounts and their published password would be created. " +
                "Set DemoData__Enabled=false, or run with ASPNETCORE_ENVIRONMENT=Development for a demonstration.");
        }
        if (configuration["Bootstrap:AdminPassword"] == DemoAccounts.Password)
        {
            throw new InvalidOperationException(
                "Bootstrap:AdminPassword is the demo password, published in the README. Choose another one for the first administrator.");
        }
    }
}
