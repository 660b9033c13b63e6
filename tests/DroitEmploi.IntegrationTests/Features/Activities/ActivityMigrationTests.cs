using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Planning;
using DroitEmploi.Core.Features.Territories;
using DroitEmploi.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DroitEmploi.IntegrationTests.Features.Activities;

/// <summary>
/// Activities were names written on slots and contracts. The migration that makes them records keeps
/// every name where it was, gives each organisation one record per name (whatever its case), and
/// points each slot at its record.
/// </summary>
public sealed class ActivityMigrationTests
{
    private const string Migration = "_ActivitiesAndCommittee";

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_slot_and_contract_keeps_its_activity_and_each_name_becomes_one_running_record(DatabaseProvider provider)
    {
        var settings = Settings(provider);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        settings.Configure(options);
        try
        {
            int ebeId, homelessId, contractId;
            await using (var migrator = new AppDbContext(options.Options))
            await using (var db = new ModelOfThatTime(options.Options))
            {
                var migrations = migrator.Database.GetMigrations().ToList();
                var target = migrations.Single(m => m.EndsWith(Migration, StringComparison.Ordinal));
                await migrator.GetService<IMigrator>().MigrateAsync(migrations[migrations.IndexOf(target) - 1]);

                var territory = new Territory { Name = "Territoire migré" };
                db.Territories.Add(territory);
                await db.SaveChangesAsync();
                var ebe = new Organisation { Name = "EBE migrée", Kind = OrganisationKind.EmploymentCompany, Territories = [new OrganisationTerritory { TerritoryId = territory.Id }] };
                var homeless = new Organisation { Name = "Structure sans territoire", Kind = OrganisationKind.Association };
                db.Organisations.AddRange(ebe, homeless);
                await db.SaveChangesAsync();
                ScheduleSlot Slot(int organisation, string activity, string period) =>
                    new() { OrganisationId = organisation, Activity = activity, Name = $"{activity}, {period}", Minutes = 240, Days = [DayOfWeek.Monday], PeopleNeeded = 1 };
                db.ScheduleSlots.AddRange(Slot(ebe.Id, "Friperie", "journée"), Slot(ebe.Id, "friperie ", "matin"), Slot(ebe.Id, "Repair café", "après-midi"),
                    Slot(homeless.Id, "Jardin", "matin"));
                var person = new Person
                {
                    TerritoryId = territory.Id,
                    FirstName = "Camille",
                    LastName = "Migrée",
                    BirthDate = new DateOnly(1980, 1, 1),
                    CandidacyDate = new DateOnly(2024, 1, 1),
                    State = PathState.Hired,
                    StateSince = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                };
                db.People.Add(person);
                await db.SaveChangesAsync();
                var contract = new EmploymentContract
                {
                    TerritoryId = territory.Id,
                    OrganisationId = ebe.Id,
                    PersonId = person.Id,
                    EmployeeName = "Camille Migrée",
                    StartDate = new DateOnly(2026, 3, 2),
                    WeeklyHours = 24,
                    HourlyWage = 12.02m,
                    Activities = ["Friperie", "Maraîchage"],
                };
                db.EmploymentContracts.Add(contract);
                await db.SaveChangesAsync();
                (ebeId, homelessId, contractId) = (ebe.Id, homeless.Id, contract.Id);
            }

            await using var check = new AppDbContext(options.Options);
            await check.Database.MigrateAsync();
            var activities = await check.Activities.AsNoTracking().Include(a => a.History).Where(a => a.OrganisationId == ebeId).ToListAsync();
            Assert.Equal(["Friperie", "Maraîchage", "Repair café"], activities.Select(a => a.Name).Order(StringComparer.Ordinal));
            Assert.All(activities, a => Assert.Equal(ActivityStatus.Active, a.Status));
            Assert.All(activities, a => Assert.Contains("reprise", Assert.Single(a.History).Reason, StringComparison.Ordinal));

            var slots = await check.ScheduleSlots.AsNoTracking().ToListAsync();
            Assert.Equal(["Friperie", "friperie ", "Repair café"], slots.Where(s => s.OrganisationId == ebeId).OrderBy(s => s.Id).Select(s => s.Activity));
            foreach (var slot in slots.Where(s => s.OrganisationId == ebeId))
            {
                var record = activities.Single(a => a.Id == slot.ActivityId);
                Assert.Equal(slot.Activity.Trim(), record.Name, ignoreCase: true);
            }
            // An organisation on no territory has no committee to review it: its slot keeps its name, unlinked.
            var orphan = slots.Single(s => s.OrganisationId == homelessId);
            Assert.Equal(("Jardin", (int?)null), (orphan.Activity, orphan.ActivityId));
            Assert.Equal(["Friperie", "Maraîchage"], (await check.EmploymentContracts.AsNoTracking().SingleAsync(c => c.Id == contractId)).Activities);
        }
        finally
        {
            await using var cleanup = new AppDbContext(options.Options);
            await cleanup.Database.EnsureDeletedAsync();
        }
    }

    private static DatabaseSettings Settings(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("DROITEMPLOI_TEST_POSTGRES")
                ?? throw new InvalidOperationException("DROITEMPLOI_TEST_POSTGRES is not set: run the tests with ./test.sh.");
            return new DatabaseSettings(provider, $"{server};Database=droitemploi_activities_{Guid.NewGuid():N}", null);
        }
        var file = Path.Combine(Path.GetTempPath(), $"droitemploi-activities-{Guid.NewGuid():N}.db");
        return new DatabaseSettings(provider, $"Data Source={file};Pooling=False", file);
    }

    /// <summary>The model before activities were records: a slot had only its activity's name.</summary>
    private sealed class ModelOfThatTime(DbContextOptions<AppDbContext> options) : AppDbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder builder)
        {
            base.OnModelCreating(builder);
            var slot = builder.Entity<ScheduleSlot>();
            var link = slot.Metadata.GetForeignKeys().Single(k => k.Properties.Any(p => p.Name == nameof(ScheduleSlot.ActivityId)));
            slot.Metadata.RemoveForeignKey(link);
            slot.Ignore(s => s.ActivityId);
        }
    }
}
