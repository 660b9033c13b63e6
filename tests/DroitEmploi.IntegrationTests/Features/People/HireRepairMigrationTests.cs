using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using DroitEmploi.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DroitEmploi.IntegrationTests.Features.People;

/// <summary>
/// Databases where the CLE marked people hired without any contract are repaired by a migration: the
/// person is proposed again and her proposal waits for the EBE, which hires by creating the contract.
/// </summary>
public sealed class HireRepairMigrationTests
{
    private const string Repair = "_RepairHiresWithoutContract";

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task People_marked_hired_without_a_contract_are_proposed_again_and_their_proposal_waits(DatabaseProvider provider)
    {
        var settings = Settings(provider);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        settings.Configure(options);
        try
        {
            int marked, employed, markedProposal, employedProposal;
            await using (var migrator = new AppDbContext(options.Options))
            await using (var db = new ModelOfThatTime(options.Options))
            {
                var migrations = migrator.Database.GetMigrations().ToList();
                var repair = migrations.Single(m => m.EndsWith(Repair, StringComparison.Ordinal));
                await migrator.GetService<IMigrator>().MigrateAsync(migrations[migrations.IndexOf(repair) - 1]);

                var territory = new Territory { Name = "Territoire réparé" };
                var ebe = new Organisation { Name = "EBE réparée", Kind = OrganisationKind.EmploymentCompany };
                db.AddRange(territory, ebe);
                await db.SaveChangesAsync();
                Person Hired(string name) => new()
                {
                    TerritoryId = territory.Id,
                    FirstName = "Camille",
                    LastName = name,
                    BirthDate = new DateOnly(1980, 1, 1),
                    CandidacyDate = new DateOnly(2024, 1, 1),
                    State = PathState.Hired,
                    StateSince = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                };
                var (withoutContract, withContract) = (Hired("Sans contrat"), Hired("Avec contrat"));
                db.People.AddRange(withoutContract, withContract);
                await db.SaveChangesAsync();
                Proposal HiredProposal(Person person) => new()
                {
                    TerritoryId = territory.Id,
                    PersonId = person.Id,
                    OrganisationId = ebe.Id,
                    ProposedBy = "cle",
                    Position = 1,
                    ProposedAt = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc),
                    Outcome = ProposalOutcome.Hired,
                    OutcomeAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                    OutcomeReason = "Embauché·e",
                };
                var (a, b) = (HiredProposal(withoutContract), HiredProposal(withContract));
                db.Proposals.AddRange(a, b);
                await db.SaveChangesAsync();
                db.EmploymentContracts.Add(new EmploymentContract
                {
                    TerritoryId = territory.Id,
                    OrganisationId = ebe.Id,
                    PersonId = withContract.Id,
                    ProposalId = b.Id,
                    EmployeeName = "Camille Avec contrat",
                    StartDate = new DateOnly(2026, 3, 2),
                    WeeklyHours = 24,
                    HourlyWage = 12.02m,
                });
                await db.SaveChangesAsync();
                (marked, employed, markedProposal, employedProposal) = (withoutContract.Id, withContract.Id, a.Id, b.Id);

                await migrator.GetService<IMigrator>().MigrateAsync(repair);
            }

            await using var check = new AppDbContext(options.Options);
            // The later migrations change nothing here but the tables' shape, which today's model reads.
            await check.Database.MigrateAsync();
            var people = await check.People.AsNoTracking().Include(p => p.Transitions).Where(p => p.Id == marked || p.Id == employed).ToDictionaryAsync(p => p.Id);
            Assert.Equal(PathState.Proposed, people[marked].State);
            var move = Assert.Single(people[marked].Transitions);
            Assert.Equal((PathState.Hired, PathState.Proposed), (move.From, move.To));
            Assert.Contains("sans contrat", move.Reason, StringComparison.Ordinal);
            Assert.Equal(PathState.Hired, people[employed].State);
            Assert.Empty(people[employed].Transitions);
            var proposals = await check.Proposals.AsNoTracking().Where(p => p.Id == markedProposal || p.Id == employedProposal).ToDictionaryAsync(p => p.Id);
            Assert.Equal((ProposalOutcome.Pending, (DateTime?)null), (proposals[markedProposal].Outcome, proposals[markedProposal].OutcomeAt));
            Assert.Equal(ProposalOutcome.Hired, proposals[employedProposal].Outcome);
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
            return new DatabaseSettings(provider, $"{server};Database=droitemploi_repair_{Guid.NewGuid():N}", null);
        }
        var file = Path.Combine(Path.GetTempPath(), $"droitemploi-repair-{Guid.NewGuid():N}.db");
        return new DatabaseSettings(provider, $"Data Source={file};Pooling=False", file);
    }

    /// <summary>
    /// The model as it was before the repair: people had no import marker yet (a later migration adds
    /// it), so this context writes them without it.
    /// </summary>
    private sealed class ModelOfThatTime(DbContextOptions<AppDbContext> options) : AppDbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder builder)
        {
            base.OnModelCreating(builder);
            var person = builder.Entity<Person>();
            person.HasQueryFilter(null);
            var importLink = person.Metadata.GetForeignKeys().Single(k => k.Properties.Any(p => p.Name == nameof(Person.ImportJobId)));
            person.Metadata.RemoveForeignKey(importLink);
            person.Ignore(p => p.ImportJobId);
        }
    }
}
