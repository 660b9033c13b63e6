using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Employment;

/// <summary>Hiring from a proposal and the life of a contract: amendments, suspensions, exit, skills and trainings.</summary>
public sealed class EmploymentService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, Audit.ReadJournal readJournal)
{
    private const string NotFound = "Ce contrat n'existe pas ou ne vous est pas accessible.";

    public async Task<IReadOnlyList<ContractSummary>> ListAsync(AccessScope scope, int organisationId, bool includeExited, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanSeeOrganisationStaff(OrganisationAccess.Of(organisation));
        var contracts = await Contracts(db).Where(c => c.OrganisationId == organisationId && (includeExited || c.ExitDate == null))
            .OrderBy(c => c.EmployeeName).ToListAsync(cancellationToken);
        var today = clock.Today();
        return contracts.Select(c => Summary(c, today)).ToList();
    }

    public async Task<IReadOnlyList<ContractDetails>> MineAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contracts = await Contracts(db).Where(c => c.EmployeeUserId == scope.UserId).OrderByDescending(c => c.StartDate).ToListAsync(cancellationToken);
        var names = await OrganisationNames(db, contracts.Select(c => c.OrganisationId), cancellationToken);
        var smic = (await ParameterSnapshot.LoadAsync(db, cancellationToken)).ValueOn(ParameterCatalogue.SmicHourly, clock.Today());
        return contracts.Select(c => Details(c, names[c.OrganisationId], canManage: false, smic)).ToList();
    }

    public async Task<ContractDetails> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (contract, organisation, canManage) = await LoadForReadAsync(db, scope, id, cancellationToken);
        if (contract.PersonId is not null && contract.EmployeeUserId != scope.UserId)
        {
            await readJournal.RecordAsync(scope, Audit.AuditActions.Read, nameof(EmploymentContract), id, contract.TerritoryId, cancellationToken: cancellationToken);
        }
        var smic = (await ParameterSnapshot.LoadAsync(db, cancellationToken)).ValueOn(ParameterCatalogue.SmicHourly, clock.Today());
        return Details(contract, organisation.Name, canManage, smic);
    }

    /// <summary>Hires the person of an accepted proposal (or supervisory staff) on an open-ended contract at the hours they chose.</summary>
    public async Task<ContractDetails> HireAsync(AccessScope scope, int organisationId, HireInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanManageOrganisation(OrganisationAccess.Of(organisation), "Seule la direction de l'EBE gère ses contrats.");
        if (organisation.Kind != OrganisationKind.EmploymentCompany)
        {
            throw new BusinessRuleException("Seule une entreprise à but d'emploi embauche sur proposition du CLE.");
        }
        var start = input.StartDate!.Value;
        var smic = (await ParameterSnapshot.LoadAsync(db, cancellationToken)).ValueOn(ParameterCatalogue.SmicHourly, start);
        var wage = input.HourlyWage ?? smic;
        EmploymentContract.EnsureAtLeastSmic(wage, smic, start);
        var now = clock.UtcNow();
        var contract = new EmploymentContract
        {
            OrganisationId = organisationId,
            StartDate = start,
            WeeklyHours = input.WeeklyHours,
            HourlyWage = wage,
            ResponsibilityBonusRate = input.ResponsibilityBonusRate,
            IsSupervisoryNonPpde = input.IsSupervisoryNonPpde,
            Divisions = TextInput.DistinctList(input.Divisions),
            Activities = TextInput.DistinctList(input.Activities),
        };
        if (input.ProposalId is { } proposalId)
        {
            var proposal = await db.Proposals.Include(p => p.Person).SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
            if (proposal is null || proposal.OrganisationId != organisationId)
            {
                throw ValidationFailedException.For("proposalId", "Cette proposition n'a pas été faite à cette EBE.");
            }
            proposal.Hire(now);
            var person = proposal.Person!;
            person.MoveTo(PathState.Hired, scope.UserName, now, $"Embauche en CDI de {input.WeeklyHours:0.#} h par semaine le {start:dd/MM/yyyy}", organisationId: organisationId);
            contract.PersonId = person.Id;
            contract.ProposalId = proposal.Id;
            contract.TerritoryId = proposal.TerritoryId;
            contract.EmployeeName = $"{person.FirstName} {person.LastName}";
        }
        else if (input.IsSupervisoryNonPpde && !string.IsNullOrWhiteSpace(input.StaffName))
        {
            contract.EmployeeName = input.StaffName.Trim();
            contract.TerritoryId = await db.OrganisationTerritories.Where(t => t.OrganisationId == organisationId)
                .OrderBy(t => t.Role == TerritoryRole.EmploymentCompany ? 0 : 1).Select(t => t.TerritoryId).FirstAsync(cancellationToken);
        }
        else
        {
            throw ValidationFailedException.For("proposalId",
                "Une embauche se fait sur une proposition du CLE ; seul l'encadrement non PPDE s'embauche sans proposition (cochez-le et donnez le nom).");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureActivityRecordsAsync(db, scope, contract, cancellationToken);
        db.EmploymentContracts.Add(contract);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Details(contract, organisation.Name, canManage: true);
    }

    /// <summary>Each activity a contract names has its record: a new name becomes an idea for the CLE team to review.</summary>
    private async Task EnsureActivityRecordsAsync(AppDbContext db, AccessScope scope, EmploymentContract contract, CancellationToken cancellationToken) =>
        await Activities.ActivityRecords.EnsureAsync(db, contract.OrganisationId, contract.Activities, scope.UserName, clock.UtcNow(),
            "Proposée depuis un contrat", cancellationToken);

    public async Task<ContractDetails> UpdateAsync(AccessScope scope, int id, ContractInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (contract, organisation) = await LoadForManageAsync(db, scope, id, cancellationToken);
        db.ExpectVersion(contract, input.Version);
        contract.ResponsibilityBonusRate = input.ResponsibilityBonusRate;
        contract.Divisions = TextInput.DistinctList(input.Divisions);
        contract.Activities = TextInput.DistinctList(input.Activities);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureActivityRecordsAsync(db, scope, contract, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Details(contract, organisation.Name, canManage: true);
    }

    public async Task<ContractDetails> AmendAsync(AccessScope scope, int id, AmendmentInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (contract, organisation) = await LoadForManageAsync(db, scope, id, cancellationToken);
        var from = input.EffectiveFrom!.Value;
        var smic = (await ParameterSnapshot.LoadAsync(db, cancellationToken)).ValueOn(ParameterCatalogue.SmicHourly, from);
        contract.Amend(from, input.WeeklyHours, input.HourlyWage, smic, input.Note, scope.UserName);
        db.Touch(contract);
        await db.SaveChangesAsync(cancellationToken);
        return Details(contract, organisation.Name, canManage: true);
    }

    /// <summary>A suspension (a trial job elsewhere, a training): no funding meanwhile, and the right to come back.</summary>
    public async Task<ContractDetails> SuspendAsync(AccessScope scope, int id, SuspensionInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (contract, organisation) = await LoadForManageAsync(db, scope, id, cancellationToken);
        contract.Suspend(input.Start!.Value, input.End, input.Reason, input.Note, scope.UserName);
        db.Touch(contract);
        await db.SaveChangesAsync(cancellationToken);
        return Details(contract, organisation.Name, canManage: true);
    }

    /// <summary>The person comes back: the suspension ends on the given day.</summary>
    public async Task<ContractDetails> EndSuspensionAsync(AccessScope scope, int id, int suspensionId, SuspensionEndInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (contract, organisation) = await LoadForManageAsync(db, scope, id, cancellationToken);
        contract.EndSuspension(suspensionId, input.End);
        db.Touch(contract);
        await db.SaveChangesAsync(cancellationToken);
        return Details(contract, organisation.Name, canManage: true);
    }

    public async Task<ContractDetails> ExitAsync(AccessScope scope, int id, ExitInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (contract, organisation) = await LoadForManageAsync(db, scope, id, cancellationToken);
        var date = input.Date!.Value;
        contract.Exit(date, input.Reason, input.Note);
        if (contract.PersonId is { } personId && await db.People.Include(p => p.Transitions).SingleOrDefaultAsync(p => p.Id == personId, cancellationToken) is { State: PathState.Hired } person)
        {
            person.MoveTo(PathState.Withdrawn, scope.UserName, clock.UtcNow(),
                $"Sortie de l'EBE le {date:dd/MM/yyyy} : {input.Reason.French()}", organisationId: contract.OrganisationId);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Details(contract, organisation.Name, canManage: true);
    }

    public async Task<ContractDetails> AddSkillAsync(AccessScope scope, int id, SkillInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (contract, organisation) = await LoadForManageAsync(db, scope, id, cancellationToken);
        var existing = contract.Skills.FirstOrDefault(s => string.Equals(s.Skill, input.Skill.Trim(), StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            contract.Skills.Add(new EmployeeSkill { Skill = input.Skill.Trim(), Level = input.Level });
        }
        else
        {
            existing.Level = input.Level;
        }
        db.Touch(contract);
        await db.SaveChangesAsync(cancellationToken);
        return Details(contract, organisation.Name, canManage: true);
    }

    public async Task<ContractDetails> AddTrainingAsync(AccessScope scope, int id, TrainingInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (contract, organisation) = await LoadForManageAsync(db, scope, id, cancellationToken);
        contract.Trainings.Add(new TrainingRecord { Date = input.Date!.Value, Hours = input.Hours, Kind = input.Kind, Title = input.Title.Trim() });
        db.Touch(contract);
        await db.SaveChangesAsync(cancellationToken);
        return Details(contract, organisation.Name, canManage: true);
    }

    /// <summary>Proposals made to this EBE and still waiting for its answer: whom it can hire now.</summary>
    public async Task<IReadOnlyList<ProposalView>> PendingProposalsAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanSeeOrganisationStaff(OrganisationAccess.Of(organisation));
        return await ProposalQueries.ViewsAsync(db,
            db.Proposals.Where(p => p.OrganisationId == organisationId && p.Outcome == ProposalOutcome.Pending).OrderBy(p => p.ProposedAt), cancellationToken);
    }

    internal static IQueryable<EmploymentContract> Contracts(AppDbContext db) => db.EmploymentContracts.AsNoTracking()
        .Include(c => c.Amendments).Include(c => c.Suspensions).Include(c => c.Skills).Include(c => c.Trainings).AsSplitQuery();

    private static async Task<(EmploymentContract Contract, Organisation Organisation, bool CanManage)> LoadForReadAsync(
        AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken)
    {
        var contract = await Contracts(db).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(NotFound);
        var organisation = await db.Organisations.RequireAsync(contract.OrganisationId, cancellationToken);
        if (contract.EmployeeUserId is not null && contract.EmployeeUserId == scope.UserId)
        {
            return (contract, organisation, false);
        }
        if (!scope.CanSeeOrganisationStaff(OrganisationAccess.Of(organisation)))
        {
            throw new NotFoundException(NotFound);
        }
        return (contract, organisation, scope.ManagesOrganisation(organisation.Id));
    }

    private static async Task<(EmploymentContract Contract, Organisation Organisation)> LoadForManageAsync(
        AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken)
    {
        var contract = await db.EmploymentContracts.Include(c => c.Amendments).Include(c => c.Suspensions)
            .Include(c => c.Skills).Include(c => c.Trainings).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(NotFound);
        var organisation = await db.Organisations.RequireAsync(contract.OrganisationId, cancellationToken);
        if (!scope.CanSeeOrganisationStaff(OrganisationAccess.Of(organisation)))
        {
            throw new NotFoundException(NotFound);
        }
        scope.EnsureCanManageOrganisation(OrganisationAccess.Of(organisation), "Seule la direction de l'EBE gère ses contrats.");
        return (contract, organisation);
    }

    private static async Task<Dictionary<int, string>> OrganisationNames(AppDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Organisations.Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    internal static ContractSummary Summary(EmploymentContract c, DateOnly today)
    {
        var day = ContractFacts.Of(c).On(today < c.StartDate ? c.StartDate : today);
        return new ContractSummary(c.Id, c.OrganisationId, c.PersonId, c.EmployeeName, c.StartDate, day.WeeklyHours,
            c.IsSupervisoryNonPpde, day.Suspended && today >= c.StartDate, c.ExitDate, c.ExitReason, c.Activities);
    }

    private ContractDetails Details(EmploymentContract c, string organisationName, bool canManage, decimal? smicToday = null)
    {
        var today = clock.Today();
        var day = ContractFacts.Of(c).On(today < c.StartDate ? c.StartDate : c.ExitDate is { } exit && today > exit ? exit : today);
        var wageToday = Math.Max(day.HourlyWage, smicToday ?? 0);
        return new ContractDetails(
            c.Id, c.TerritoryId, c.OrganisationId, organisationName, c.PersonId, c.EmployeeName, c.StartDate, c.WeeklyHours, c.HourlyWage,
            day.WeeklyHours, wageToday, c.ResponsibilityBonusRate, c.IsSupervisoryNonPpde, c.Divisions, c.Activities,
            c.ExitDate, c.ExitReason, c.ExitReason?.IsPositive(), c.ExitNote,
            c.Amendments.OrderBy(a => a.EffectiveFrom).Select(a => new AmendmentView(a.Id, a.EffectiveFrom, a.WeeklyHours, a.HourlyWage, a.Note, a.By)).ToList(),
            c.Suspensions.OrderBy(s => s.Start).Select(s => new SuspensionView(s.Id, s.Start, s.End, s.Reason, s.Note, s.By)).ToList(),
            c.Skills.OrderBy(s => s.Skill).Select(s => new SkillView(s.Id, s.Skill, s.Level)).ToList(),
            c.Trainings.OrderByDescending(t => t.Date).Select(t => new TrainingView(t.Id, t.Date, t.Hours, t.Kind, t.Title)).ToList(),
            canManage, c.Version, c.EmployeeUserId is not null);
    }
}
