using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Parameters;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>The volunteers' registry: registration, eligibility decisions, the path and its log.</summary>
public sealed class PersonService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ReadJournal readJournal)
{

    public async Task<PagedResult<PersonSummary>> ListAsync(AccessScope scope, int territoryId, PeopleQuery query, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var people = Filter(db.People.AsNoTracking().Where(p => p.TerritoryId == territoryId), query);
        people = (query.Sort, query.Descending) switch
        {
            (PeopleSort.CandidacyDate, false) => people.InWaitingOrder(),
            (PeopleSort.CandidacyDate, true) => people.OrderByDescending(p => p.CandidacyDate).ThenByDescending(p => p.Id),
            (PeopleSort.BirthDate, false) => people.OrderBy(p => p.BirthDate).ThenBy(p => p.Id),
            (PeopleSort.BirthDate, true) => people.OrderByDescending(p => p.BirthDate).ThenBy(p => p.Id),
            (PeopleSort.State, false) => people.OrderBy(p => p.State).ThenBy(p => p.LastName),
            (PeopleSort.State, true) => people.OrderByDescending(p => p.State).ThenBy(p => p.LastName),
            (_, true) => people.OrderByDescending(p => p.LastName).ThenByDescending(p => p.FirstName).ThenBy(p => p.Id),
            _ => people.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id),
        };
        return await people.Select(Summary).ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    internal static IQueryable<Person> Filter(IQueryable<Person> people, PeopleQuery query)
    {
        foreach (var term in SearchText.Terms(query.Search))
        {
            people = people.Where(p => p.SearchText.Contains(term));
        }
        if (query.State is { } state)
        {
            people = people.Where(p => p.State == state);
        }
        return people;
    }

    internal static readonly System.Linq.Expressions.Expression<Func<Person, PersonSummary>> Summary = p =>
        new PersonSummary(p.Id, p.LastName, p.FirstName, p.BirthDate, p.State, p.CandidacyDate, p.City, p.WeeklyHoursWished, p.AnonymisedAt != null);

    public async Task<IReadOnlyList<PersonSummary>> FindDuplicatesAsync(
        AccessScope scope, int territoryId, string lastName, string firstName, DateOnly birthDate, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Duplicates(db, territoryId, Person.DuplicateKeyFor(lastName, firstName, birthDate), cancellationToken);
    }

    private static async Task<List<PersonSummary>> Duplicates(AppDbContext db, int territoryId, string key, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.TerritoryId == territoryId && p.DuplicateKey == key).Select(Summary).ToListAsync(cancellationToken);

    public async Task<PersonDetails> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var person = await PersonQueries.RequireAsync(db, scope, id, cancellationToken);
        await readJournal.RecordAsync(scope, AuditActions.Read, nameof(Person), id, person.TerritoryId, cancellationToken: cancellationToken);
        return await DetailsAsync(db, person, cancellationToken);
    }

    public async Task<PersonDetails> RegisterAsync(AccessScope scope, int territoryId, PersonInput input, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var key = Person.DuplicateKeyFor(input.LastName, input.FirstName, input.BirthDate!.Value);
        if (!input.ConfirmDuplicate && await Duplicates(db, territoryId, key, cancellationToken) is { Count: > 0 } existing)
        {
            throw new DuplicatePersonException(existing);
        }
        var now = clock.UtcNow();
        var person = new Person { TerritoryId = territoryId, State = PathState.Candidate, StateSince = now };
        person.Update(input);
        person.Transitions.Add(new PathTransition { From = PathState.Candidate, To = PathState.Candidate, At = now, By = scope.UserName, Reason = "Inscription" });
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, person, cancellationToken);
    }

    public async Task<PersonDetails> UpdateAsync(AccessScope scope, int id, PersonInput input, CancellationToken cancellationToken = default)
    {
        Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var person = await PersonQueries.RequireAsync(db, scope, id, cancellationToken);
        person.EnsureNotAnonymised();
        db.ExpectVersion(person, input.Version);
        person.Update(input);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, person, cancellationToken);
    }

    /// <summary>What the rules say about this person on a date, with reasons in plain French.</summary>
    public async Task<EligibilityProposal> ProposeEligibilityAsync(AccessScope scope, int id, DateOnly? at, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var person = await PersonQueries.RequireAsync(db, scope, id, cancellationToken);
        return await AssessAsync(db, person, at ?? clock.Today(), cancellationToken);
    }

    public async Task<PersonDetails> DecideEligibilityAsync(AccessScope scope, int id, EligibilityDecisionInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var person = await PersonQueries.RequireAsync(db, scope, id, cancellationToken);
        var assessedOn = input.AssessedOn ?? clock.Today();
        if (assessedOn > clock.Today())
        {
            throw ValidationFailedException.For("assessedOn", "La date d'évaluation ne peut pas être dans le futur.");
        }
        var proposal = await AssessAsync(db, person, assessedOn, cancellationToken);
        person.RecordEligibilityDecision(new EligibilityDecision
        {
            AssessedOn = assessedOn,
            ProposedEligible = proposal.Eligible,
            ProposalReasons = [.. proposal.Reasons],
            Eligible = input.Eligible!.Value,
            Evidence = input.Evidence.Distinct().ToList(),
            Comment = TextInput.Optional(input.Comment),
            DecidedBy = scope.UserName,
            DecidedAt = clock.UtcNow(),
        }, utc => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone)));
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, person, cancellationToken);
    }

    /// <summary>Withdraws, orients elsewhere, or brings back to the list; each move is logged with its reason.</summary>
    public async Task<PersonDetails> ChangePathAsync(AccessScope scope, int id, PathChangeInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var person = await PersonQueries.RequireAsync(db, scope, id, cancellationToken);
        person.EnsureNotAnonymised();
        person.EnsureCanMoveTo(input.To);
        if (input.To == PathState.Oriented && input.Orientation is null)
        {
            throw ValidationFailedException.For("orientation", "Précisez vers quoi la personne est orientée.");
        }
        var kpaId = input.To == PathState.Oriented && input.Orientation == Orientation.Kpa ? input.KpaId : null;
        if (kpaId is not null && !await db.Kpas.AnyAsync(k => k.OrganisationId == kpaId
                && db.OrganisationTerritories.Any(t => t.OrganisationId == kpaId && t.TerritoryId == person.TerritoryId), cancellationToken))
        {
            throw ValidationFailedException.For("kpaId", "Ce KPA ne travaille pas sur le territoire de la personne.");
        }
        var cteId = input.To == PathState.Oriented && input.Orientation == Orientation.Rte ? input.CteId : null;
        if (cteId is not null && !await db.Ctes.AnyAsync(c => c.OrganisationId == cteId
                && db.OrganisationTerritories.Any(t => t.OrganisationId == cteId && t.TerritoryId == person.TerritoryId), cancellationToken))
        {
            throw ValidationFailedException.For("cteId", "Cette CTE ne travaille pas sur le territoire de la personne.");
        }
        person.MoveTo(input.To, scope.UserName, clock.UtcNow(), input.Reason.Trim(), input.To == PathState.Oriented ? input.Orientation : null, kpaId ?? cteId);
        // Oriented to a CTE, the person becomes a member to be there, linked; the CTE records the membership.
        if (cteId is { } cte && !await db.CteMembers.AnyAsync(m => m.CteId == cte && m.PersonId == person.Id, cancellationToken))
        {
            db.CteMembers.Add(Transition.CteMember.Oriented(cte, person));
        }
        // Oriented to a KPA, the person gets a cooperant record there, linked to this one (never a copy).
        if (kpaId is { } kpa && !await db.Cooperants.AnyAsync(c => c.PersonId == person.Id, cancellationToken))
        {
            db.Cooperants.Add(Cooperatives.Cooperant.Register(kpa, new Cooperatives.CooperantInput { PersonId = person.Id, Referent = Cooperatives.Cooperant.ReferentToAppoint }, person));
        }
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, person, cancellationToken);
    }

    private static async Task<EligibilityProposal> AssessAsync(AppDbContext db, Person person, DateOnly at, CancellationToken cancellationToken)
    {
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);
        return Eligibility.Assess(person.Situation, EligibilityThresholds.On(parameters, at), at);
    }

    private void Validate(PersonInput input)
    {
        InputValidator.Validate(input);
        var today = clock.Today();
        var errors = new Dictionary<string, string[]>();
        if (input.BirthDate > today.AddYears(-16))
        {
            errors["birthDate"] = ["La personne doit avoir au moins 16 ans."];
        }
        if (input.BirthDate < today.AddYears(-110))
        {
            errors["birthDate"] = ["La date de naissance est invraisemblable."];
        }
        foreach (var (field, date, label) in new[]
        {
            ("candidacyDate", input.CandidacyDate, "La date de candidature"),
            ("livesInTerritorySince", input.LivesInTerritorySince, "La date d'arrivée sur le territoire"),
            ("deprivedOfEmploymentSince", input.DeprivedOfEmploymentSince, "La date de début de privation d'emploi"),
        })
        {
            if (date > today)
            {
                errors[field] = [$"{label} ne peut pas être dans le futur."];
            }
            else if (date is { } d && input.BirthDate is { } birth && d < birth)
            {
                errors[field] = [$"{label} précède la naissance."];
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    /// <summary>The record as its page shows it: position in the list, proposals, today's eligibility proposal, decisions and path.</summary>
    internal async Task<PersonDetails> DetailsAsync(AppDbContext db, Person p, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        int? position = null;
        if (p.State == PathState.Eligible && p.AnonymisedAt is null)
        {
            position = 1 + await db.People.Waiting(p.TerritoryId)
                .CountAsync(o => o.CandidacyDate < p.CandidacyDate || (o.CandidacyDate == p.CandidacyDate && o.Id < p.Id), cancellationToken);
        }
        var proposals = await ProposalQueries.ViewsAsync(db, db.Proposals.Where(x => x.PersonId == p.Id), cancellationToken);
        EligibilityProposal current;
        try
        {
            current = await AssessAsync(db, p, today, cancellationToken);
        }
        catch (BusinessRuleException missing)
        {
            current = new EligibilityProposal(false, [missing.Message], null, [missing.Message]);
        }
        return new PersonDetails(
            p.Id, p.TerritoryId, p.FirstName, p.LastName, p.BirthDate, Clock.AgeOn(p.BirthDate, today), p.Sex,
            p.Email, p.Phone, p.Street, p.PostalCode, p.City, p.LivesInTerritorySince, p.InPerimeter, p.DeprivedOfEmploymentSince,
            p.FranceTravailRegistered, p.IncomeSupport, p.Skills, p.WishedActivities, p.WeeklyHoursWished, p.UnavailableDays, p.Mobility,
            p.CandidacyDate, p.ConsentGiven, p.State, p.StateSince, position, p.AnonymisedAt is not null, current,
            p.EligibilityDecisions.OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).Select(d => new EligibilityDecisionView(
                d.Id, d.AssessedOn, d.ProposedEligible, d.ProposalReasons, d.Eligible, d.Evidence, d.Comment, d.DecidedBy, d.DecidedAt)).ToList(),
            p.Transitions.OrderByDescending(t => t.At).ThenByDescending(t => t.Id).Select(t => new TransitionView(
                t.From, t.To, t.At, t.By, t.Reason, t.Orientation, t.OrganisationId)).ToList(),
            proposals, p.Version);
    }
}
