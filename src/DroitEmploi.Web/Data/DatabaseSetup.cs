using DroitEmploi.Core;
using DroitEmploi.Core.Data;
using DroitEmploi.Web.Hosting;

namespace DroitEmploi.Web.Data;

public static class DatabaseSetup
{
    /// <summary>SQLite (a file, no set-up) unless Database:Provider says Postgres.</summary>
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddDroitEmploiCore();
        settings.AddTo(builder.Services);
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        // Registered before the web server, so migrations and seeding finish before the first request.
        builder.Services.AddHostedService<DatabasePreparation>();
        builder.Services.AddHostedService<Features.Audit.JournalRetentionWorker>();
        if (builder.Configuration.GetValue("Planning:RunWorker", true))
        {
            builder.Services.AddHostedService<JobWorker<Core.Features.Planning.ScheduleRunner>>();
        }
        builder.Services.AddSingleton(new Core.Features.People.ImportSettings
        {
            ChunkRows = Math.Max(1, builder.Configuration.GetValue("Imports:ChunkRows", new Core.Features.People.ImportSettings().ChunkRows)),
            HeartbeatTimeout = TimeSpan.FromSeconds(Math.Max(1, builder.Configuration.GetValue("Imports:HeartbeatTimeoutSeconds", 30))),
        });
        var activities = new Core.Features.Activities.ActivitySettings();
        builder.Services.AddSingleton(new Core.Features.Activities.ActivitySettings
        {
            ReviewMonths = Math.Max(1, builder.Configuration.GetValue("Activities:ReviewMonths", activities.ReviewMonths)),
            ConsultationDays = Math.Max(1, builder.Configuration.GetValue("Activities:ConsultationDays", activities.ConsultationDays)),
            ObjectionAgendaDays = Math.Max(1, builder.Configuration.GetValue("Activities:ObjectionAgendaDays", activities.ObjectionAgendaDays)),
        });
        if (builder.Configuration.GetValue("Imports:RunWorker", true))
        {
            builder.Services.AddHostedService<JobWorker<Core.Features.People.PeopleImportRunner>>();
        }
        return builder;
    }
}
