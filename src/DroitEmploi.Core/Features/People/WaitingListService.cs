using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// Non-selective hiring: the eligible volunteers wait in the order of their candidacy date, the first
/// is proposed first, and any other choice is written down with its reason for the CLE to see.
/// </summary>
public sealed class WaitingListService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, Audit.ReadJournal readJournal)
{
    private const int MaxPassedOverKept = 500;

    public const string HiddenReason = "(raison écrite visible par l'équipe projet du CLE)";

    public async Task<WaitingList> GetAsync(AccessScope scope, int territoryId, WaitingListQuery query, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var waiting = db.People.AsNoTracking().Waiting(territoryId);
        var filtered = waiting;
        foreach (var term in SearchText.Terms(query.Search))
        {
            filtered = filtered.Where(p => p.SearchText.Contains(term));
        }
        if (query.MinHours is { } min)
        {
            filtered = filtered.Where(p => p.WeeklyHoursWished >= min);
        }
        if (query.MaxHours is { } max)
        {
            filtered = filtered.Where(p => p.WeeklyHoursWished <= max);
        }
        var isFiltered = !string.IsNullOrWhiteSpace(query.Search) || query.MinHours is not null || query.MaxHours is not null;
        var (page, pageSize) = Paging.Clamp(query.Page, query.PageSize);
        var total = await waiting.CountAsync(cancellationToken);
        var matching = isFiltered ? await filtered.CountAsync(cancellationToken) : total;
        var rows = await filtered.InWaitingOrder().Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

        // Positions are in the whole list, whatever the filters.
        Dictionary<int, int> positions;
        if (isFiltered)
        {
            var order = await waiting.InWaitingOrder().Select(p => p.Id).ToListAsync(cancellationToken);
            positions = order.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index + 1);
        }
        else
        {
            positions = rows.Select((p, index) => (p.Id, index)).ToDictionary(x => x.Id, x => (page - 1) * pageSize + x.index + 1);
        }
        var today = clock.Today();
        var thresholds = EligibilityThresholds.On(await ParameterSnapshot.LoadAsync(db, cancellationToken), today);
        var entries = rows.Select(p => Entry(p, positions[p.Id], today, thresholds)).ToList();
        var first = await waiting.InWaitingOrder().FirstOrDefaultAsync(cancellationToken);
        return new WaitingList(new PagedResult<WaitingListEntry>(entries, matching, page, pageSize), total,
            first is null ? null : Entry(first, 1, today, thresholds));
    }

    /// <summary>Everyone waiting, in order, for the export.</summary>
    public async Task<IReadOnlyList<WaitingListEntry>> AllAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var rows = await db.People.AsNoTracking().Waiting(territoryId).InWaitingOrder().ToListAsync(cancellationToken);
        await readJournal.RecordAsync(scope, Audit.AuditActions.Exported, "WaitingList", territoryId, territoryId, $"{rows.Count} personnes", cancellationToken);
        var today = clock.Today();
        var thresholds = EligibilityThresholds.On(await ParameterSnapshot.LoadAsync(db, cancellationToken), today);
        return rows.Select((p, index) => Entry(p, index + 1, today, thresholds)).ToList();
    }

    /// <summary>An entry of the list, with the conditions the person's current situation no longer meets (an address moved out of the perimeter…).</summary>
    private static WaitingListEntry Entry(Person p, int position, DateOnly today, EligibilityThresholds thresholds) => new(
        position, p.Id, p.LastName, p.FirstName, Clock.AgeOn(p.BirthDate, today), p.Sex, p.CandidacyDate,
        today.DayNumber - p.CandidacyDate.DayNumber, p.WeeklyHoursWished, p.WishedActivities, p.UnavailableDays,
        Eligibility.Assess(p.Situation, thresholds, today).Unmet);

    public async Task<IReadOnlyList<EmploymentCompanyChoice>> EmploymentCompaniesAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.EmploymentCompany && o.Territories.Any(t => t.TerritoryId == territoryId))
            .OrderBy(o => o.Name).Select(o => new EmploymentCompanyChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
    }

    public async Task<ProposalView> ProposeAsync(AccessScope scope, int territoryId, ProposalInput input, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanManageTerritory(territoryId);
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == input.PersonId && p.TerritoryId == territoryId, cancellationToken)
            ?? throw ValidationFailedException.For("personId", "Cette personne n'est pas inscrite sur ce territoire.");
        if (person.State != PathState.Eligible || person.AnonymisedAt is not null)
        {
            throw new BusinessRuleException($"{person.FirstName} {person.LastName} n'est pas sur la liste d'attente (situation : {person.State.French()}).");
        }
        var isEmploymentCompanyHere = await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId
            && o.Kind == OrganisationKind.EmploymentCompany && o.Territories.Any(t => t.TerritoryId == territoryId), cancellationToken);
        if (!isEmploymentCompanyHere)
        {
            throw ValidationFailedException.For("organisationId", "Choisissez une EBE de ce territoire.");
        }

        var ahead = await db.People.AsNoTracking().Waiting(territoryId)
            .Where(p => p.CandidacyDate < person.CandidacyDate || (p.CandidacyDate == person.CandidacyDate && p.Id < person.Id))
            .InWaitingOrder().Select(p => p.Id).Take(MaxPassedOverKept + 1).ToListAsync(cancellationToken);
        var position = ahead.Count <= MaxPassedOverKept
            ? ahead.Count + 1
            : 1 + await db.People.Waiting(territoryId)
                .CountAsync(p => p.CandidacyDate < person.CandidacyDate || (p.CandidacyDate == person.CandidacyDate && p.Id < person.Id), cancellationToken);
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        if (position > 1 && (reason is null || reason.Length < 10))
        {
            throw ValidationFailedException.For("reason",
                $"{person.FirstName} {person.LastName} est en position {position} sur la liste d'attente : " +
                $"écrivez pourquoi {(position == 2 ? "la personne qui la précède n'est pas proposée" : $"les {position - 1} personnes qui la précèdent ne sont pas proposées")} (10 caractères au moins).");
        }

        var now = clock.UtcNow();
        var proposal = new Proposal
        {
            TerritoryId = territoryId,
            PersonId = person.Id,
            OrganisationId = input.OrganisationId,
            ProposedAt = now,
            ProposedBy = scope.UserName,
            Position = position,
            PassedOverPersonIds = ahead.Take(MaxPassedOverKept).ToList(),
            OutOfOrderReason = position > 1 ? reason : null,
            Outcome = ProposalOutcome.Pending,
        };
        db.Proposals.Add(proposal);
        person.MoveTo(PathState.Proposed, scope.UserName, now,
            position == 1 ? "Proposé·e dans l'ordre de la liste" : $"Proposé·e hors de l'ordre (position {position}) : {reason}",
            organisationId: input.OrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        return (await ProposalQueries.ViewsAsync(db, db.Proposals.Where(p => p.Id == proposal.Id), cancellationToken)).Single();
    }

    /// <summary>The EBE hires the person, or the proposal is declined and the person returns to the list at their place.</summary>
    public async Task<ProposalView> RecordOutcomeAsync(AccessScope scope, int proposalId, ProposalOutcomeInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var proposal = await db.Proposals.Include(p => p.Person).SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (proposal is null || !scope.CanAnswerProposal(proposal.TerritoryId, proposal.OrganisationId))
        {
            throw new NotFoundException("Cette proposition n'existe pas ou ne vous est pas accessible.");
        }
        if (input.Outcome != ProposalOutcome.Declined)
        {
            // A hire is the EBE's contract, never a mark: a person counted as hired without one has no ETP nor funding.
            throw ValidationFailedException.For("outcome",
                "Seul un refus de l'EBE s'enregistre ici (outcome: Declined). Une embauche se fait en créant le contrat, depuis la page Emploi de l'EBE.");
        }
        var now = clock.UtcNow();
        proposal.Decline(input.Reason, now);
        // Back on the waiting list with the original candidacy date: the person keeps their place.
        proposal.Person!.MoveTo(PathState.Eligible, scope.UserName, now, $"Proposition déclinée : {proposal.OutcomeReason}", organisationId: proposal.OrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        return (await ProposalQueries.ViewsAsync(db, db.Proposals.Where(p => p.Id == proposal.Id), cancellationToken)).Single();
    }

    public async Task<IReadOnlyList<ProposalView>> ProposalsAsync(AccessScope scope, int territoryId, bool pendingOnly, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposals = db.Proposals.Where(p => p.TerritoryId == territoryId);
        if (pendingOnly)
        {
            proposals = proposals.Where(p => p.Outcome == ProposalOutcome.Pending);
        }
        return await ProposalQueries.ViewsAsync(db, proposals.OrderByDescending(p => p.ProposedAt).Take(500), cancellationToken);
    }

    /// <summary>Every proposal of the period that did not take the first person in order, with its reason.</summary>
    public async Task<FairnessReport> FairnessReportAsync(AccessScope scope, int territoryId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(territoryId);
        var end = to ?? clock.Today();
        var start = from ?? end.AddMonths(-3);
        if (start > end)
        {
            throw ValidationFailedException.For("from", "Le début de la période doit précéder sa fin.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territoryName = (await db.Territories.RequireAsync(territoryId, cancellationToken)).Name;
        var startAt = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var endAt = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Person)
            .Where(p => p.TerritoryId == territoryId && p.ProposedAt >= startAt && p.ProposedAt < endAt)
            .OrderBy(p => p.ProposedAt).ToListAsync(cancellationToken);
        var outOfOrder = proposals.Where(p => p.Position > 1).ToList();
        var passedOverIds = outOfOrder.SelectMany(p => p.PassedOverPersonIds).Distinct().ToList();
        var passedOver = await db.People.AsNoTracking().Where(p => passedOverIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.CandidacyDate }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var organisationIds = outOfOrder.Select(p => p.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        // CLE members and funders see the deviations, not who the people are nor the free text, which may name them.
        var identities = scope.CanSeeIdentities(territoryId);
        string Name(int id, string first, string last) => identities ? $"{first} {last}" : $"Personne n° {id}";

        var deviations = outOfOrder.Select(p => new FairnessDeviation(
            p.Id, p.ProposedAt, p.ProposedBy, p.PersonId, Name(p.PersonId, p.Person!.FirstName, p.Person.LastName), p.Person.CandidacyDate,
            p.Position, organisations.GetValueOrDefault(p.OrganisationId, ""), identities ? p.OutOfOrderReason ?? "" : HiddenReason,
            p.PassedOverPersonIds.Where(passedOver.ContainsKey).Select(id => passedOver[id])
                .Select(o => new PassedOverPerson(o.Id, Name(o.Id, o.FirstName, o.LastName), o.CandidacyDate)).ToList())).ToList();
        return new FairnessReport(territoryId, territoryName, start, end, proposals.Count, proposals.Count - outOfOrder.Count, outOfOrder.Count, deviations);
    }
}
