using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// Activities and their non-competition review: proposed by an organisation, listed against the
/// directory, consulted on, objected to, and moved by the committee's decisions.
/// </summary>
public sealed class ActivityService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActivitySettings settings)
{
    public async Task<IReadOnlyList<ActivitySummary>> ForOrganisationAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Territories).RequireAsync(organisationId, cancellationToken);
        var readable = organisation.Territories.Select(t => t.TerritoryId).Where(scope.CanReadCommittee).ToList();
        if (!scope.ManagesOrganisation(organisationId) && readable.Count == 0)
        {
            throw new NotFoundException(AccessScope.OrganisationNotFound);
        }
        var query = db.Activities.AsNoTracking().Where(a => a.OrganisationId == organisationId);
        if (!scope.ManagesOrganisation(organisationId))
        {
            query = query.Where(a => readable.Contains(a.TerritoryId));
        }
        return await SummariesAsync(db, query, cancellationToken);
    }

    /// <summary>
    /// What a contract or a catalogue item of the organisation can name: its records that are not abandoned, for those
    /// who manage it or sell for it (selling includes managing).
    /// </summary>
    public async Task<IReadOnlyList<ActivityChoice>> ChoicesAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        if (!scope.CanSell(organisationId))
        {
            throw new NotFoundException(AccessScope.OrganisationNotFound);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Activities.AsNoTracking().Where(a => a.OrganisationId == organisationId && a.Status != ActivityStatus.Abandoned)
            .ToListAsync(cancellationToken);
        return records.OrderBy(a => a.Name, StringComparer.Create(French.Culture, true))
            .Select(ActivityChoice.Of).ToList();
    }

    public async Task<IReadOnlyList<ActivitySummary>> ForTerritoryAsync(
        AccessScope scope, int territoryId, ActivityStatus? status, string? search, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadCommittee(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var query = db.Activities.AsNoTracking().Where(a => a.TerritoryId == territoryId);
        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().ToLower();
            query = query.Where(a => a.Name.ToLower().Contains(text) || (a.Division != null && a.Division.ToLower().Contains(text)));
        }
        return await SummariesAsync(db, query, cancellationToken);
    }

    public async Task<ActivityDetails> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.AsNoTracking().Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(AccessScope.ActivityNotFound);
        scope.EnsureCanReadActivity(activity.TerritoryId, activity.OrganisationId);
        return await DetailsAsync(db, scope, activity, cancellationToken);
    }

    public async Task<ActivityDetails> ProposeAsync(AccessScope scope, int organisationId, ActivityInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await db.Organisations.Include(o => o.Territories).RequireAsync(organisationId, cancellationToken);
        var territories = organisation.Territories.Select(t => t.TerritoryId).ToList();
        var territoryId = input.TerritoryId ?? (territories.Count == 1 ? territories[0]
            : throw ValidationFailedException.For("territoryId", "Cette structure travaille sur plusieurs territoires : choisissez celui de l'activité."));
        if (!territories.Contains(territoryId))
        {
            throw ValidationFailedException.For("territoryId", "Cette structure ne travaille pas sur ce territoire.");
        }
        scope.EnsureCanProposeActivity(territoryId, organisationId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var activity = Activity.Propose(organisationId, territoryId, input, scope.UserName, clock.UtcNow());
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        if (input.TerritoryNeedId is { } needId)
        {
            var need = await db.TerritoryNeeds.SingleOrDefaultAsync(n => n.Id == needId && n.TerritoryId == territoryId, cancellationToken)
                ?? throw ValidationFailedException.For("territoryNeedId", "Ce besoin n'existe pas sur ce territoire.");
            need.Became(activity.Id);
            activity.TerritoryNeedId = needId;
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return await DetailsAsync(db, scope, activity, cancellationToken);
    }

    public async Task<ActivityDetails> DescribeAsync(AccessScope scope, int id, ActivityInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var activity = await RequireAsync(db, id, cancellationToken);
        scope.EnsureCanProposeActivity(activity.TerritoryId, activity.OrganisationId);
        if (input.Version is { } version)
        {
            db.ExpectVersion(activity, version);
        }
        activity.Describe(input);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, activity, cancellationToken);
    }

    /// <summary>Moves an activity; a move the committee must decide names a decision of its territory about this activity.</summary>
    public async Task<ActivityDetails> MoveAsync(AccessScope scope, int id, ActivityStatusInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var activity = await RequireAsync(db, id, cancellationToken);
        scope.EnsureCanReview(activity.TerritoryId, scope.CanReadActivity(activity.TerritoryId, activity.OrganisationId));
        if (input.Version is { } version)
        {
            db.ExpectVersion(activity, version);
        }
        DecisionRef? decision = null;
        if (input.DecisionId is { } decisionId)
        {
            var found = await db.CommitteeDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken);
            if (found is null || found.TerritoryId != activity.TerritoryId)
            {
                throw ValidationFailedException.For("decisionId", "Cette décision n'existe pas au comité de ce territoire.");
            }
            decision = found.Ref;
        }
        activity.MoveTo(input.To, decision, input.Reason, scope.UserName, clock.UtcNow(), settings);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, activity, cancellationToken);
    }

    public async Task<IReadOnlyList<ActivityOverlap>> OverlapsAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(AccessScope.ActivityNotFound);
        scope.EnsureCanReadActivity(activity.TerritoryId, activity.OrganisationId);
        var territory = await db.Territories.AsNoTracking().RequireAsync(activity.TerritoryId, cancellationToken);
        var communes = territory.Perimeter.Where(p => p.Kind == AreaKind.Commune).Select(p => p.Name)
            .Concat(territory.Perimeter.Where(p => p.Commune != null).Select(p => p.Commune!)).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Territories)
            .Select(o => new { o.Id, o.Name, o.NafCode, o.ActivityTags, Territories = o.Territories.Select(t => t.TerritoryId).ToList(), o.City })
            .ToListAsync(cancellationToken);
        return OverlapRule.Find(activity, organisations.Select(o => new OverlapCandidate(o.Id, o.Name, o.NafCode, o.ActivityTags, o.Territories, o.City)), communes);
    }

    public async Task<ConsultationView> ConsultAsync(AccessScope scope, int activityId, ConsultationInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var activity = await RequireAsync(db, activityId, cancellationToken);
        scope.EnsureCanReview(activity.TerritoryId, scope.CanReadActivity(activity.TerritoryId, activity.OrganisationId));
        await EnsureOrganisationExistsAsync(db, input.OrganisationId, "organisationId", cancellationToken);
        var consultation = Consultation.Send(activity, input, settings);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(cancellationToken);
        return ConsultationView.Of(consultation, clock.Today());
    }

    /// <summary>Records a consultation's answer (or corrects its recipient and dates).</summary>
    public async Task<ConsultationView> AnswerAsync(AccessScope scope, int consultationId, ConsultationInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken)
            ?? throw new NotFoundException("Cette consultation n'existe pas ou ne vous est pas accessible.");
        scope.EnsureCanReview(consultation.TerritoryId, await db.Activities.AnyAsync(a => a.Id == consultation.ActivityId
            && scope.OrganisationIds.Contains(a.OrganisationId), cancellationToken));
        if (input.Version is { } version)
        {
            db.ExpectVersion(consultation, version);
        }
        if (input.Answer is not { } answer)
        {
            throw ValidationFailedException.For("answer", "Choisissez la réponse : favorable, réservée ou défavorable.");
        }
        consultation.Record(answer, input.AnsweredOn ?? clock.Today(), input.Comment);
        await db.SaveChangesAsync(cancellationToken);
        return ConsultationView.Of(consultation, clock.Today());
    }

    public async Task<ObjectionView> ObjectAsync(AccessScope scope, int activityId, ObjectionInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var activity = await RequireAsync(db, activityId, cancellationToken);
        scope.EnsureCanReview(activity.TerritoryId, scope.CanReadActivity(activity.TerritoryId, activity.OrganisationId));
        await EnsureOrganisationExistsAsync(db, input.OrganisationId, "organisationId", cancellationToken);
        var objection = Objection.Raise(activity, input, clock.Today());
        db.Objections.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        return ObjectionView.Of(objection, clock.Today(), settings);
    }

    /// <summary>The organisation running the activity answers an objection.</summary>
    public async Task<ObjectionView> RespondAsync(AccessScope scope, int objectionId, ObjectionResponseInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var objection = await RequireObjectionAsync(db, objectionId, cancellationToken);
        var activity = await RequireAsync(db, objection.ActivityId, cancellationToken);
        scope.EnsureCanProposeActivity(activity.TerritoryId, activity.OrganisationId);
        objection.Respond(input.Response);
        await db.SaveChangesAsync(cancellationToken);
        return ObjectionView.Of(objection, clock.Today(), settings);
    }

    /// <summary>
    /// Ends an objection by a decision of the committee; when it reorganises or abandons the activity
    /// and the decision has not moved it yet, the activity moves in the same transaction.
    /// </summary>
    public async Task<ObjectionView> CloseObjectionAsync(AccessScope scope, int objectionId, ObjectionOutcomeInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var objection = await RequireObjectionAsync(db, objectionId, cancellationToken);
        var activity = await RequireAsync(db, objection.ActivityId, cancellationToken);
        scope.EnsureCanReview(activity.TerritoryId, scope.CanReadActivity(activity.TerritoryId, activity.OrganisationId));
        var decision = await db.CommitteeDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == input.DecisionId, cancellationToken);
        if (decision is null || decision.TerritoryId != activity.TerritoryId)
        {
            throw ValidationFailedException.For("decisionId", "Cette décision n'existe pas au comité de ce territoire.");
        }
        objection.Settle(activity, input.Outcome, decision.Ref, input.NewScope, scope.UserName, clock.UtcNow(), settings);
        await db.SaveChangesAsync(cancellationToken);
        return ObjectionView.Of(objection, clock.Today(), settings);
    }

    /// <summary>A territory's public register: the activities running, readable without an account.</summary>
    public async Task<IReadOnlyList<PublicActivity>> PublicRegisterAsync(int territoryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var running = Activity.Running.ToList();
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.TerritoryId == territoryId && running.Contains(a.Status))
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { a.Name, Organisation = o.Name, a.Division, a.NafCode, a.DecidedOn, a.DecisionId })
            .ToListAsync(cancellationToken);
        var decisionIds = rows.Where(r => r.DecisionId != null).Select(r => r.DecisionId!.Value).ToList();
        var decisions = await db.CommitteeDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id) && d.Public)
            .ToDictionaryAsync(d => d.Id, d => d.Label, cancellationToken);
        return rows.OrderBy(r => r.Organisation, StringComparer.Create(French.Culture, true)).ThenBy(r => r.Name, StringComparer.Create(French.Culture, true))
            .Select(r => new PublicActivity(r.Name, r.Organisation, r.Division, r.NafCode, r.DecidedOn,
                r.DecisionId is { } d && decisions.TryGetValue(d, out var label) ? label : null))
            .ToList();
    }

    private static async Task<Activity> RequireAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Activities.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(AccessScope.ActivityNotFound);

    private static async Task<Objection> RequireObjectionAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Objections.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("Ce signalement n'existe pas ou ne vous est pas accessible.");

    private static async Task EnsureOrganisationExistsAsync(AppDbContext db, int? organisationId, string field, CancellationToken cancellationToken)
    {
        if (organisationId is { } id && !await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            throw ValidationFailedException.For(field, "Cette structure n'est pas dans l'annuaire.");
        }
    }

    private static async Task<IReadOnlyList<ActivitySummary>> SummariesAsync(AppDbContext db, IQueryable<Activity> query, CancellationToken cancellationToken)
    {
        var rows = await query
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { Activity = a, Organisation = o.Name })
            .Select(r => new
            {
                r.Activity.Id,
                r.Activity.Name,
                r.Activity.OrganisationId,
                r.Organisation,
                r.Activity.TerritoryId,
                r.Activity.Division,
                r.Activity.NafCode,
                r.Activity.Status,
                r.Activity.StatusSince,
                r.Activity.NextReviewOn,
                Open = db.Objections.Count(o => o.ActivityId == r.Activity.Id && o.Outcome == null),
            })
            .ToListAsync(cancellationToken);
        var culture = StringComparer.Create(French.Culture, true);
        return rows.OrderBy(r => r.Organisation, culture).ThenBy(r => r.Division ?? "", culture).ThenBy(r => r.Name, culture)
            .Select(r => new ActivitySummary(r.Id, r.Name, r.OrganisationId, r.Organisation, r.TerritoryId, r.Division, r.NafCode, r.Status, r.StatusSince,
                r.NextReviewOn, r.Open))
            .ToList();
    }

    private async Task<ActivityDetails> DetailsAsync(AppDbContext db, AccessScope scope, Activity a, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == a.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var territory = await db.Territories.AsNoTracking().Where(t => t.Id == a.TerritoryId).Select(t => t.Name).SingleAsync(cancellationToken);
        var consultations = await db.Consultations.AsNoTracking().Where(c => c.ActivityId == a.Id).OrderBy(c => c.SentOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var objections = await db.Objections.AsNoTracking().Where(o => o.ActivityId == a.Id).OrderBy(o => o.RaisedOn).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var canReview = scope.CanManageTerritory(a.TerritoryId);
        var canDescribe = a.Status != ActivityStatus.Abandoned && (scope.ManagesOrganisation(a.OrganisationId) || canReview);
        return new ActivityDetails(a.Id, a.OrganisationId, organisation, a.TerritoryId, territory, a.Division, a.Name, a.Description, a.NafCode, a.Tags,
            a.TargetCustomers, a.Place, a.PricingPolicy, a.ProposedByKind, a.ProposedBy, a.TerritoryNeedId, a.Status, a.StatusSince, a.DecisionId, a.DecidedOn,
            a.NextReviewOn, a.NextStatuses, a.NextStatuses.Where(a.NeedsDecision).ToList(),
            a.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new StatusChangeView(h.From, h.To, h.At, h.By, h.Reason, h.DecisionId)).ToList(),
            consultations.Select(c => ConsultationView.Of(c, today)).ToList(),
            objections.Select(o => ObjectionView.Of(o, today, settings)).ToList(),
            canDescribe, canReview, scope.ManagesOrganisation(a.OrganisationId), a.Version);
    }
}
