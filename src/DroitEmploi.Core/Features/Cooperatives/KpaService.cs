using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.People;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>The KPA and their cooperants: profile, sign-up, journey steps and the situation at a date.</summary>
public sealed class KpaService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ReadJournal readJournal)
{
    public async Task<IReadOnlyList<KpaView>> ListAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpas = await db.Kpas.AsNoTracking().ToListAsync(cancellationToken);
        var organisations = await OrganisationsAsync(db, kpas.Select(k => k.OrganisationId), cancellationToken);
        var visible = kpas.Select(k => new KpaQueries.KpaContext(k, organisations[k.OrganisationId], OrganisationAccess.Of(organisations[k.OrganisationId])))
            .Where(c => scope.CanReadKpa(c.Access, c.Organisation.PortageId)).ToList();
        var views = new List<KpaView>();
        foreach (var context in visible.OrderBy(c => c.Organisation.Name, StringComparer.Create(French.Culture, true)))
        {
            views.Add(await ViewAsync(db, scope, context, cancellationToken));
        }
        return views;
    }

    public async Task<KpaView> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, id, cancellationToken);
        return await ViewAsync(db, scope, context, cancellationToken);
    }

    public async Task<KpaView> CreateAsync(AccessScope scope, KpaInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        if (input.OrganisationId is not { } organisationId)
        {
            throw ValidationFailedException.For("organisationId", "Choisissez le KPA dans l'annuaire.");
        }
        var organisation = await db.Organisations.Include(o => o.Territories).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException(AccessScope.KpaNotFound);
        scope.EnsureCanDescribeKpa(OrganisationAccess.Of(organisation), organisation.PortageId);
        if (await db.Kpas.AnyAsync(k => k.OrganisationId == organisationId, cancellationToken))
        {
            throw new BusinessRuleException("Ce KPA a déjà son profil : modifiez-le.");
        }
        var kpa = Kpa.Create(organisation, input, await HostAsync(db, input, cancellationToken));
        db.Kpas.Add(kpa);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, scope, new KpaQueries.KpaContext(kpa, organisation, OrganisationAccess.Of(organisation)), cancellationToken);
    }

    public async Task<KpaView> DescribeAsync(AccessScope scope, int id, KpaInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, id, cancellationToken, tracked: true);
        scope.EnsureCanDescribeKpa(context.Access, context.Organisation.PortageId);
        db.ExpectVersion(context.Kpa, input.Version ?? context.Kpa.Version);
        context.Kpa.Describe(input, await HostAsync(db, input, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, scope, context, cancellationToken);
    }

    public async Task<IReadOnlyList<CooperantSummary>> CooperantsAsync(AccessScope scope, int kpaId, string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanSeeCooperants(context.Access, context.Organisation.PortageId);
        var cooperants = await db.Cooperants.AsNoTracking().Include(c => c.Steps).Where(c => c.KpaId == kpaId).ToListAsync(cancellationToken);
        var names = await KpaQueries.NamesAsync(db, cooperants, cancellationToken);
        var today = clock.Today();
        var terms = SearchText.Terms(search);
        return cooperants
            .Select(c => Summary(c, context.Kpa, names[c.Id], today))
            .Where(s => terms.All(SearchText.Join(s.Name, s.TradeName, s.Referent).Contains))
            .OrderByDescending(s => s.Present).ThenBy(s => s.Name, StringComparer.Create(French.Culture, true))
            .ToList();
    }

    public async Task<CooperantDetails> RegisterAsync(AccessScope scope, int kpaId, CooperantInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanManageCooperants(kpaId, context.Organisation.PortageId, null);
        var linked = await LinkedPersonAsync(db, context, input, null, cancellationToken);
        var cooperant = Cooperant.Register(kpaId, input, linked);
        db.Cooperants.Add(cooperant);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, cooperant.Id, clock.Today(), cancellationToken);
    }

    public async Task<CooperantDetails> GetCooperantAsync(AccessScope scope, int id, DateOnly? at = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var details = await DetailsAsync(db, scope, id, at ?? clock.Today(), cancellationToken);
        await readJournal.RecordAsync(scope, AuditActions.Read, nameof(Cooperant), id, null, cancellationToken: cancellationToken);
        return details;
    }

    public async Task<CooperantSituation> SituationAsync(AccessScope scope, int id, DateOnly? at, CancellationToken cancellationToken = default)
    {
        if (at is { } date && !InputLimits.IsSensible(date))
        {
            throw ValidationFailedException.For("at", InputLimits.DateMessage);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, id, cancellationToken);
        return cooperant.SituationAt(context.Kpa, at ?? clock.Today());
    }

    /// <summary>The cooperant's own record, read through the account linked to it.</summary>
    public async Task<CooperantDetails> MineAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await KpaQueries.MyCooperantIdAsync(db, scope, cancellationToken);
        return await DetailsAsync(db, scope, id, clock.Today(), cancellationToken);
    }

    /// <summary>
    /// A cooperant linked to the registry asks to join an EBE: their record goes back on the waiting list with its original
    /// candidacy date (or back to the CLE as a candidate if never found eligible).
    /// </summary>
    public async Task<CooperantDetails> JoinWaitingListAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, id, cancellationToken);
        scope.EnsureCanAskToJoinEbe(cooperant.KpaId, context.Organisation.PortageId, cooperant.AccountId);
        if (cooperant.PersonId is not { } personId)
        {
            throw new BusinessRuleException("La personne n'est pas inscrite au registre des volontaires : l'équipe projet du CLE l'inscrit, avec la date de sa demande.");
        }
        var person = await db.People.Include(p => p.EligibilityDecisions).SingleAsync(p => p.Id == personId, cancellationToken);
        person.ReturnToList(scope.UserName, clock.UtcNow(), "A demandé depuis le KPA à rejoindre une EBE.");
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, id, clock.Today(), cancellationToken);
    }

    public async Task<CooperantDetails> ReviseCooperantAsync(AccessScope scope, int id, CooperantInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, id, cancellationToken, tracked: true);
        scope.EnsureCanManageCooperants(cooperant.KpaId, context.Organisation.PortageId, cooperant.AccountId);
        db.ExpectVersion(cooperant, input.Version ?? cooperant.Version);
        cooperant.Revise(input, await LinkedPersonAsync(db, context, input, cooperant.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, id, clock.Today(), cancellationToken);
    }

    public async Task<CooperantDetails> RecordStepAsync(AccessScope scope, int id, JourneyStepInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, id, cancellationToken, tracked: true);
        scope.EnsureCanManageCooperants(cooperant.KpaId, context.Organisation.PortageId, cooperant.AccountId);
        cooperant.Record(input, context.Kpa, await BirthDateAsync(db, cooperant, cancellationToken));
        db.Touch(cooperant);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, id, clock.Today(), cancellationToken);
    }

    public async Task<CooperantDetails> ValidateInsuranceAsync(AccessScope scope, int id, SignatureInput input, CancellationToken cancellationToken = default) =>
        await ChangeSignUpAsync(scope, id, input, (cooperant, on) => cooperant.ValidateInsurance(on), cancellationToken);

    public async Task<CooperantDetails> SignAsync(AccessScope scope, int id, SignatureInput input, CancellationToken cancellationToken = default) =>
        await ChangeSignUpAsync(scope, id, input, (cooperant, on) => cooperant.Sign(
            input.Signer ?? throw ValidationFailedException.For("signer", "Indiquez qui signe : la personne, son ou sa référent·e, la coordination."), on), cancellationToken);

    /// <summary>Contracts ending within each KPA's reminder days, with neither renewal nor exit recorded: the referent's reminders.</summary>
    public async Task<IReadOnlyList<ContractEnding>> EndingContractsAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpaIds = scope.IsAdministrator
            ? await db.Kpas.Select(k => k.OrganisationId).ToListAsync(cancellationToken)
            : await db.Kpas.Where(k => scope.CoordinatedKpaIds.Contains(k.OrganisationId)
                || db.Organisations.Any(o => o.Id == k.OrganisationId && o.PortageId != null && scope.PortageOrganisationIds.Contains(o.PortageId.Value)))
                .Select(k => k.OrganisationId).ToListAsync(cancellationToken);
        var kpas = await db.Kpas.AsNoTracking().Where(k => kpaIds.Contains(k.OrganisationId)).ToDictionaryAsync(k => k.OrganisationId, cancellationToken);
        var kpaNames = await db.Organisations.Where(o => kpaIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var cooperants = await db.Cooperants.AsNoTracking().Include(c => c.Steps).Where(c => kpaIds.Contains(c.KpaId)).ToListAsync(cancellationToken);
        var names = await KpaQueries.NamesAsync(db, cooperants, cancellationToken);
        var today = clock.Today();
        return cooperants
            .Select(c => (Cooperant: c, Kpa: kpas[c.KpaId], Situation: c.SituationAt(kpas[c.KpaId], today)))
            .Where(x => x.Situation is { Present: true, ContractEndsOn: { } end } && end <= today.AddDays(x.Kpa.ReminderDays)
                && !x.Situation.Periods.Any(p => p.Start > end))
            .Select(x => new ContractEnding(x.Cooperant.Id, names[x.Cooperant.Id].Full, kpaNames[x.Cooperant.KpaId], x.Cooperant.Referent,
                x.Situation.Contract!.Value, x.Situation.ContractEndsOn!.Value, x.Situation.RenewalsLeft))
            .OrderBy(e => e.EndsOn).ToList();
    }

    private async Task<CooperantDetails> ChangeSignUpAsync(AccessScope scope, int id, SignatureInput input, Action<Cooperant, DateOnly> change, CancellationToken cancellationToken)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, id, cancellationToken, tracked: true);
        scope.EnsureCanManageCooperants(cooperant.KpaId, context.Organisation.PortageId, cooperant.AccountId);
        change(cooperant, input.On!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, id, clock.Today(), cancellationToken);
    }

    private async Task<CooperantDetails> DetailsAsync(AppDbContext db, AccessScope scope, int id, DateOnly at, CancellationToken cancellationToken)
    {
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, id, cancellationToken);
        var name = (await KpaQueries.NamesAsync(db, [cooperant], cancellationToken))[cooperant.Id];
        var accountEmail = cooperant.AccountId is null ? null
            : await db.Users.Where(u => u.Id == cooperant.AccountId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return new CooperantDetails(cooperant.Id, cooperant.KpaId, context.Organisation.Name, cooperant.PersonId, name.First, name.Last, name.BirthDate,
            cooperant.Email, cooperant.Phone, cooperant.TradeName, cooperant.Referent, cooperant.ContributorId, cooperant.OnMinimumIncome, accountEmail, cooperant.DocumentsSeen,
            cooperant.InsuranceValidatedOn, cooperant.SignedByCooperantOn, cooperant.SignedByReferentOn, cooperant.SignedByCoordinatorOn,
            cooperant.SignUpComplete, CooperantJourney.Ordered(cooperant.Steps).Select(JourneyStepView.Of).ToList(),
            cooperant.SituationAt(context.Kpa, at), cooperant.Version, scope.ManagesOrganisation(cooperant.KpaId));
    }

    private async Task<KpaView> ViewAsync(AppDbContext db, AccessScope scope, KpaQueries.KpaContext context, CancellationToken cancellationToken)
    {
        var organisation = context.Organisation;
        var structureIds = new[] { organisation.CarrierId, organisation.PortageId, context.Kpa.HostId }.Where(i => i is not null).Select(i => i!.Value).ToList();
        var structures = await db.Organisations.AsNoTracking().Where(o => structureIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => new OrganisationRef(o.Id, o.Name), cancellationToken);
        OrganisationRef? Ref(int? structureId) => structureId is { } i ? structures.GetValueOrDefault(i) : null;
        var steps = await db.JourneySteps.AsNoTracking().Where(s => db.Cooperants.Any(c => c.Id == s.CooperantId && c.KpaId == context.Kpa.OrganisationId)).ToListAsync(cancellationToken);
        var today = clock.Today();
        var situations = steps.GroupBy(s => s.CooperantId).Select(g => CooperantJourney.SituationAt(g, context.Kpa.LongestPathYears, today)).ToList();
        var present = situations.Where(s => s.Present).ToList();
        var figures = new KpaFigures(today, present.Count,
            present.Where(s => s.Stage is not null).GroupBy(s => s.Stage!.Value).ToDictionary(g => g.Key, g => g.Count()),
            present.Count(s => s.Stage is null),
            situations.Where(s => !s.Present && s.LastExitReason is not null).GroupBy(s => s.LastExitReason!.Value).ToDictionary(g => g.Key, g => g.Count()));
        var portageId = organisation.PortageId;
        return new KpaView(organisation.Id, organisation.Name, organisation.City, Ref(organisation.CarrierId), Ref(portageId), Ref(context.Kpa.HostId),
            context.Kpa.Audience, context.Kpa.LongestPathYears, context.Kpa.Network, context.Kpa.ReminderDays, context.Kpa.Version, figures,
            scope.ManagesOrganisation(organisation.Id) || context.Access.TerritoryIds.Any(scope.CanManageTerritory),
            scope.CanSeeCooperants(organisation.Id, portageId), scope.ManagesOrganisation(organisation.Id));
    }

    private static CooperantSummary Summary(Cooperant cooperant, Kpa kpa, KpaQueries.CooperantName name, DateOnly today)
    {
        var situation = cooperant.SituationAt(kpa, today);
        return new CooperantSummary(cooperant.Id, name.Full, cooperant.TradeName, cooperant.Referent, situation.Present, situation.Stage,
            situation.Contract, situation.ContractEndsOn, situation.CapeMonthsLeft, cooperant.SignUpComplete, cooperant.PersonId is not null,
            situation.LastExitOn, situation.LastExitReason);
    }

    private static async Task<DateOnly> BirthDateAsync(AppDbContext db, Cooperant cooperant, CancellationToken cancellationToken) =>
        (await KpaQueries.NamesAsync(db, [cooperant], cancellationToken))[cooperant.Id].BirthDate ?? InputLimits.EarliestDate;

    /// <summary>A volunteer of one of the KPA's territories, never already linked to another cooperant.</summary>
    private static async Task<Person?> LinkedPersonAsync(AppDbContext db, KpaQueries.KpaContext context, CooperantInput input, int? cooperantId, CancellationToken cancellationToken)
    {
        if (input.PersonId is not { } personId)
        {
            return null;
        }
        var person = await db.People.AsNoTracking().Include(p => p.Transitions)
            .SingleOrDefaultAsync(p => p.Id == personId && context.Access.TerritoryIds.Contains(p.TerritoryId), cancellationToken);
        if (person is not null && await db.Cooperants.AnyAsync(c => c.PersonId == personId && c.Id != cooperantId, cancellationToken))
        {
            throw ValidationFailedException.For("personId", "Cette personne a déjà une fiche de coopérant·e.");
        }
        return person;
    }

    private static async Task<Organisation?> HostAsync(AppDbContext db, KpaInput input, CancellationToken cancellationToken) =>
        input.HostId is { } hostId ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == hostId, cancellationToken) : null;

    private static async Task<Dictionary<int, Organisation>> OrganisationsAsync(AppDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        return await db.Organisations.AsNoTracking().Include(o => o.Territories).Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
    }
}
