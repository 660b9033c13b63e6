using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Planning;
using DroitEmploi.Core.Features.Territories;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Data;

// Migrations: one set per provider, each in its own project (see docs/decisions/0001):
//   dotnet ef migrations add <Name> --project src/DroitEmploi.Migrations.Sqlite
//   dotnet ef migrations add <Name> --project src/DroitEmploi.Migrations.Postgres
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Who is writing, recorded in audit fields and the journal.</summary>
    public string? Actor { get; set; }

    /// <summary>The changes of the save under way, journaled once it succeeds (see <see cref="SaveProcess"/>).</summary>
    internal AuditJournal? PendingJournal { get; set; }

    /// <summary>The transaction the save process opened for a change and its journal, if none was open.</summary>
    internal Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? OwnTransaction { get; set; }

    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationTerritory> OrganisationTerritories => Set<OrganisationTerritory>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();
    public DbSet<SpentRefreshToken> SpentRefreshTokens => Set<SpentRefreshToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<DatedParameter> DatedParameters => Set<DatedParameter>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PeopleImportJob> PeopleImportJobs => Set<PeopleImportJob>();
    public DbSet<EligibilityDecision> EligibilityDecisions => Set<EligibilityDecision>();
    public DbSet<PathTransition> PathTransitions => Set<PathTransition>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<EmploymentContract> EmploymentContracts => Set<EmploymentContract>();
    public DbSet<ScheduleSlot> ScheduleSlots => Set<ScheduleSlot>();
    public DbSet<AvailabilityEntry> Availability => Set<AvailabilityEntry>();
    public DbSet<Schedule> Schedules => Set<Schedule>();
    public DbSet<ScheduleAssignment> ScheduleAssignments => Set<ScheduleAssignment>();
    public DbSet<ScheduleChange> ScheduleChanges => Set<ScheduleChange>();
    public DbSet<Features.Activities.Activity> Activities => Set<Features.Activities.Activity>();
    public DbSet<Features.Activities.Consultation> Consultations => Set<Features.Activities.Consultation>();
    public DbSet<Features.Activities.Objection> Objections => Set<Features.Activities.Objection>();
    public DbSet<Features.Activities.TerritoryNeed> TerritoryNeeds => Set<Features.Activities.TerritoryNeed>();
    public DbSet<Features.Committee.CommitteeMember> CommitteeMembers => Set<Features.Committee.CommitteeMember>();
    public DbSet<Features.Committee.CommitteeMeeting> CommitteeMeetings => Set<Features.Committee.CommitteeMeeting>();
    public DbSet<Features.Committee.CommitteeDecision> CommitteeDecisions => Set<Features.Committee.CommitteeDecision>();
    public DbSet<Features.Committee.CommitteeRules> CommitteeRules => Set<Features.Committee.CommitteeRules>();
    public DbSet<Features.Commerce.Issuer> Issuers => Set<Features.Commerce.Issuer>();
    public DbSet<Features.Commerce.Client> Clients => Set<Features.Commerce.Client>();
    public DbSet<Features.Commerce.CatalogueItem> CatalogueItems => Set<Features.Commerce.CatalogueItem>();
    public DbSet<Features.Commerce.Invoice> Invoices => Set<Features.Commerce.Invoice>();
    public DbSet<Features.Commerce.InvoiceSequence> InvoiceSequences => Set<Features.Commerce.InvoiceSequence>();
    public DbSet<Features.Commerce.ServiceRecord> ServiceRecords => Set<Features.Commerce.ServiceRecord>();
    public DbSet<Features.Cooperatives.Kpa> Kpas => Set<Features.Cooperatives.Kpa>();
    public DbSet<Features.Cooperatives.Cooperant> Cooperants => Set<Features.Cooperatives.Cooperant>();
    public DbSet<Features.Cooperatives.JourneyStep> JourneySteps => Set<Features.Cooperatives.JourneyStep>();
    public DbSet<Features.Cooperatives.ContributionSchedule> ContributionSchedules => Set<Features.Cooperatives.ContributionSchedule>();
    public DbSet<Features.Cooperatives.LedgerLine> LedgerLines => Set<Features.Cooperatives.LedgerLine>();
    public DbSet<Features.Cooperatives.PayRequest> PayRequests => Set<Features.Cooperatives.PayRequest>();
    public DbSet<Features.Cooperatives.Contributor> Contributors => Set<Features.Cooperatives.Contributor>();
    public DbSet<Features.Cooperatives.AccompanimentNote> AccompanimentNotes => Set<Features.Cooperatives.AccompanimentNote>();
    public DbSet<Features.Cooperatives.NetworkMeeting> NetworkMeetings => Set<Features.Cooperatives.NetworkMeeting>();
    public DbSet<Features.Cooperatives.SharedResource> SharedResources => Set<Features.Cooperatives.SharedResource>();
    public DbSet<Features.Transition.Cte> Ctes => Set<Features.Transition.Cte>();
    public DbSet<Features.Transition.CteMember> CteMembers => Set<Features.Transition.CteMember>();
    public DbSet<Features.Transition.RteGrid> RteGrids => Set<Features.Transition.RteGrid>();
    public DbSet<Features.Transition.RteGrant> RteGrants => Set<Features.Transition.RteGrant>();
    public DbSet<Features.Transition.RtePayment> RtePayments => Set<Features.Transition.RtePayment>();
    public DbSet<Features.Transition.CteActivity> CteActivities => Set<Features.Transition.CteActivity>();
    public DbSet<Features.Transition.PoolResource> PoolResources => Set<Features.Transition.PoolResource>();
    public DbSet<Features.Projection.ProjectionAssumptions> ProjectionAssumptions => Set<Features.Projection.ProjectionAssumptions>();
    public DbSet<Features.CostBalance.CostBalanceAssumptions> CostBalanceAssumptions => Set<Features.CostBalance.CostBalanceAssumptions>();
    public DbSet<Features.Employment.EmployerContributionRate> EmployerContributionRates => Set<Features.Employment.EmployerContributionRate>();
    public DbSet<Features.Agreements.FundAgreement> FundAgreements => Set<Features.Agreements.FundAgreement>();
    public DbSet<Features.Agreements.FundingPayment> FundingPayments => Set<Features.Agreements.FundingPayment>();
    public DbSet<Features.ActivityAccounts.Purchase> Purchases => Set<Features.ActivityAccounts.Purchase>();
    public DbSet<Features.ActivityAccounts.ActivityBudget> ActivityBudgets => Set<Features.ActivityAccounts.ActivityBudget>();
    public DbSet<Features.SharedCosts.SharedCost> SharedCosts => Set<Features.SharedCosts.SharedCost>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // A convention, not a line in each configuration: a new versioned entity cannot forget its check.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    /// <summary>
    /// Tells EF which version the user last saw, so that the update only succeeds if nobody saved
    /// since; a stale version ends in <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public void ExpectVersion<T>(T entity, int expectedVersion) where T : class, IVersioned
    {
        if (entity.Version != expectedVersion)
        {
            throw Conflict();
        }
        var version = Entry(entity).Property(e => e.Version);
        version.OriginalValue = expectedVersion;
        entity.Version = expectedVersion + 1;
    }

    /// <summary>
    /// A change to a record's parts (a contract's amendment, suspension…) is a change to the record:
    /// its version moves on, so a concurrent edit of the same record is detected.
    /// </summary>
    public void Touch<T>(T entity) where T : class, IVersioned
    {
        var version = Entry(entity).Property(e => e.Version);
        if (!version.IsModified)
        {
            version.CurrentValue = version.OriginalValue + 1;
        }
    }

    internal static ConcurrencyConflictException Conflict() => new(
        "Cette fiche a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. " +
        "Vos changements n'ont pas été enregistrés : rechargez la fiche, puis refaites-les.");
}
