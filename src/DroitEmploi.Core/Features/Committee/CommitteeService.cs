using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Committee;

/// <summary>A territory's committee (CLE): its members, its meetings and the decisions they take.</summary>
public sealed class CommitteeService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActivitySettings settings)
{
    private const string MeetingNotFound = "Cette réunion n'existe pas ou ne vous est pas accessible.";

    public async Task<CommitteeOverview> OverviewAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadCommittee(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var rules = await RulesAsync(db, territoryId, cancellationToken);
        var today = clock.Today();
        var members = await db.CommitteeMembers.AsNoTracking().Where(m => m.TerritoryId == territoryId).ToListAsync(cancellationToken);
        var accounts = await db.Users.Where(u => db.CommitteeMembers.Any(m => m.TerritoryId == territoryId && m.AccountId == u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var meetings = await db.CommitteeMeetings.AsNoTracking().Where(m => m.TerritoryId == territoryId)
            .OrderByDescending(m => m.HeldAt)
            .Select(m => new MeetingSummary(m.Id, m.HeldAt, m.Place, m.Agenda.Count, m.Present.Count, db.CommitteeDecisions.Count(d => d.MeetingId == m.Id)))
            .ToListAsync(cancellationToken);
        var culture = StringComparer.Create(French.Culture, true);
        return new CommitteeOverview(territoryId, rules.QuorumShare, rules.AllColleges,
            members.OrderByDescending(m => m.Chair).ThenBy(m => m.College, culture).ThenBy(m => m.Name, culture).Select(m => Member(m, today, m.AccountId is { } id ? accounts.GetValueOrDefault(id) : null)).ToList(),
            meetings, await SuggestionsAsync(db, territoryId, today, cancellationToken), scope.CanManageTerritory(territoryId));
    }

    public async Task<IReadOnlyList<MemberView>> MembersAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default) =>
        (await OverviewAsync(scope, territoryId, cancellationToken)).Members;

    public async Task<MemberView> AppointAsync(AccessScope scope, int territoryId, MemberInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanReview(territoryId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        await EnsureSeatExistsAsync(db, territoryId, input, cancellationToken);
        var member = CommitteeMember.Appoint(territoryId, input, await AccountIdAsync(db, input, cancellationToken));
        db.CommitteeMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return Member(member, clock.Today(), input.AccountEmail?.Trim());
    }

    public async Task<CommitteeOverview> SetRulesAsync(AccessScope scope, int territoryId, RulesInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanReview(territoryId);
        await using (var db = await dbFactory.CreateForAsync(scope, cancellationToken))
        {
            await db.Territories.RequireAsync(territoryId, cancellationToken);
            var rules = await db.CommitteeRules.SingleOrDefaultAsync(r => r.TerritoryId == territoryId, cancellationToken);
            if (rules is null)
            {
                rules = new CommitteeRules { TerritoryId = territoryId };
                db.CommitteeRules.Add(rules);
            }
            var inUse = await db.CommitteeMembers.Where(m => m.TerritoryId == territoryId).Select(m => m.College).Distinct().ToListAsync(cancellationToken);
            rules.Set(input, inUse);
            await db.SaveChangesAsync(cancellationToken);
        }
        return await OverviewAsync(scope, territoryId, cancellationToken);
    }

    public async Task<MemberView> ReviseMemberAsync(AccessScope scope, int memberId, MemberInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var member = await db.CommitteeMembers.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken)
            ?? throw new NotFoundException("Ce membre n'existe pas ou ne vous est pas accessible.");
        if (!scope.CanReadCommittee(member.TerritoryId) && !scope.CanManageTerritory(member.TerritoryId))
        {
            throw new NotFoundException("Ce membre n'existe pas ou ne vous est pas accessible.");
        }
        scope.EnsureCanReview(member.TerritoryId);
        if (input.Version is { } version)
        {
            db.ExpectVersion(member, version);
        }
        await EnsureSeatExistsAsync(db, member.TerritoryId, input, cancellationToken);
        member.Revise(input, await AccountIdAsync(db, input, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Member(member, clock.Today(), input.AccountEmail?.Trim());
    }

    /// <summary>A seat is in one of the committee's colleges, and an organisation it represents is in the directory.</summary>
    private static async Task EnsureSeatExistsAsync(AppDbContext db, int territoryId, MemberInput input, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(db, territoryId, cancellationToken);
        if (!rules.AllColleges.Contains(input.College.Trim()))
        {
            throw ValidationFailedException.For("college", $"Ce collège n'existe pas dans ce comité. Collèges : {string.Join(" ; ", rules.AllColleges)}.");
        }
        if (input.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            throw ValidationFailedException.For("organisationId", "Cette structure n'est pas dans l'annuaire.");
        }
    }

    /// <summary>The account a seat is linked to, found by its address; an address no account has is refused.</summary>
    private static async Task<string?> AccountIdAsync(AppDbContext db, MemberInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.AccountEmail))
        {
            return null;
        }
        var normalized = input.AccountEmail.Trim().ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw ValidationFailedException.For("accountEmail", "Aucun compte DroitEmploi n'a cette adresse : invitez d'abord la personne depuis « Comptes ».");
    }

    /// <summary>
    /// "Ma présence": the meetings held while the caller sat on a committee, through a seat linked to
    /// their account, and whether they were there.
    /// </summary>
    public async Task<IReadOnlyList<AttendanceLine>> MyAttendanceAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seats = await db.CommitteeMembers.AsNoTracking().Where(m => m.AccountId == scope.UserId).ToListAsync(cancellationToken);
        var lines = new List<AttendanceLine>();
        foreach (var seat in seats)
        {
            var meetings = await db.CommitteeMeetings.AsNoTracking().Where(m => m.TerritoryId == seat.TerritoryId)
                .Select(m => new { m.Id, m.HeldAt, m.Place, Present = m.Present.Any(p => p.MemberId == seat.Id) })
                .ToListAsync(cancellationToken);
            lines.AddRange(meetings.Where(m => seat.SitsOn(DateOnly.FromDateTime(m.HeldAt)))
                .Select(m => new AttendanceLine(m.Id, seat.TerritoryId, m.HeldAt, m.Place, seat.College, m.Present)));
        }
        return lines.OrderByDescending(l => l.HeldAt).ToList();
    }

    public async Task<IReadOnlyList<MeetingSummary>> MeetingsAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default) =>
        (await OverviewAsync(scope, territoryId, cancellationToken)).Meetings;

    /// <summary>Records a meeting with its agenda and who came (attendance may be completed later).</summary>
    public async Task<MeetingDetails> HoldAsync(AccessScope scope, int territoryId, MeetingInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanReview(territoryId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var meeting = new CommitteeMeeting { TerritoryId = territoryId };
        await ApplyAsync(db, meeting, input, cancellationToken);
        db.CommitteeMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, meeting, cancellationToken);
    }

    public async Task<MeetingDetails> GetMeetingAsync(AccessScope scope, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var meeting = await RequireMeetingAsync(db, meetingId, cancellationToken);
        if (!scope.CanReadCommittee(meeting.TerritoryId))
        {
            throw new NotFoundException(MeetingNotFound);
        }
        return await DetailsAsync(db, scope, meeting, cancellationToken);
    }

    public async Task<MeetingDetails> UpdateMeetingAsync(AccessScope scope, int meetingId, MeetingInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var meeting = await RequireMeetingAsync(db, meetingId, cancellationToken);
        EnsureCanManage(scope, meeting.TerritoryId);
        if (input.Version is { } version)
        {
            db.ExpectVersion(meeting, version);
        }
        if (await db.CommitteeDecisions.AnyAsync(d => d.MeetingId == meetingId, cancellationToken) && input.HeldAt is { } heldAt && heldAt != meeting.HeldAt)
        {
            throw ValidationFailedException.For("heldAt", "Des décisions ont été prises à cette réunion : sa date ne change plus.");
        }
        await ApplyAsync(db, meeting, input, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await DetailsAsync(db, scope, meeting, cancellationToken);
    }

    /// <summary>
    /// Takes a decision at a meeting with quorum, numbered in the committee's year, and applies it to
    /// its subject (the activity it validates, reorganises or abandons; the objection it settles) in
    /// the same transaction.
    /// </summary>
    public async Task<DecisionView> DecideAsync(AccessScope scope, int meetingId, DecisionInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var meeting = await RequireMeetingAsync(db, meetingId, cancellationToken);
        EnsureCanManage(scope, meeting.TerritoryId);
        var members = await db.CommitteeMembers.AsNoTracking().Where(m => m.TerritoryId == meeting.TerritoryId).ToListAsync(cancellationToken);
        var rules = await RulesAsync(db, meeting.TerritoryId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = meeting.Day.Year;
        var number = CommitteeDecision.NextNumber(await db.CommitteeDecisions
            .Where(d => d.TerritoryId == meeting.TerritoryId && d.Year == year).Select(d => d.Number).ToListAsync(cancellationToken));
        var decision = CommitteeDecision.Take(meeting, members, rules, number, input);
        db.CommitteeDecisions.Add(decision);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConcurrencyConflictException("Une autre décision vient d'être numérotée à ce comité : enregistrez-la de nouveau.");
        }
        await ApplyToSubjectAsync(db, scope, decision, input, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DecisionView.Of(decision);
    }

    /// <summary>Public decisions of a territory, readable without an account.</summary>
    public async Task<IReadOnlyList<DecisionView>> PublicDecisionsAsync(int territoryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Territories.RequireAsync(territoryId, cancellationToken);
        var decisions = await db.CommitteeDecisions.AsNoTracking().Where(d => d.TerritoryId == territoryId && d.Public)
            .OrderByDescending(d => d.Year).ThenByDescending(d => d.Number).Take(200).ToListAsync(cancellationToken);
        return decisions.Select(DecisionView.Of).ToList();
    }

    private async Task ApplyToSubjectAsync(AppDbContext db, AccessScope scope, CommitteeDecision decision, DecisionInput input, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        if (decision.SubjectKind == AgendaKind.Objection && decision.SubjectId is { } objectionId)
        {
            var objection = await db.Objections.SingleOrDefaultAsync(o => o.Id == objectionId && o.TerritoryId == decision.TerritoryId, cancellationToken)
                ?? throw ValidationFailedException.For("subjectId", "Ce signalement n'existe pas sur ce territoire.");
            var activity = await db.Activities.Include(a => a.History).SingleAsync(a => a.Id == objection.ActivityId, cancellationToken);
            var outcome = input.ObjectionOutcome ?? decision.Effect switch
            {
                DecisionEffect.ReorganiseActivity => ObjectionOutcome.Reorganised,
                DecisionEffect.AbandonActivity => ObjectionOutcome.Abandoned,
                _ => ObjectionOutcome.NoCompetition,
            };
            objection.Settle(activity, outcome, decision.Ref, input.NewScope, scope.UserName, now, settings);
            return;
        }
        if (decision.SubjectKind == AgendaKind.ActivityReview && decision.SubjectId is { } activityId)
        {
            var activity = await db.Activities.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == activityId && a.TerritoryId == decision.TerritoryId, cancellationToken)
                ?? throw ValidationFailedException.For("subjectId", "Cette activité n'existe pas sur ce territoire.");
            ActivityStatus? to = decision.Effect switch
            {
                DecisionEffect.ValidateActivity => ActivityStatus.Active,
                DecisionEffect.ReorganiseActivity => ActivityStatus.Reorganised,
                DecisionEffect.AbandonActivity => ActivityStatus.Abandoned,
                _ => null,
            };
            if (to is { } status)
            {
                activity.MoveTo(status, decision.Ref, input.NewScope, scope.UserName, now, settings);
            }
        }
    }

    private async Task ApplyAsync(AppDbContext db, CommitteeMeeting meeting, MeetingInput input, CancellationToken cancellationToken)
    {
        var heldAt = input.HeldAt!.Value;
        meeting.HeldAt = heldAt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(heldAt, DateTimeKind.Utc) : heldAt.ToUniversalTime();
        meeting.Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim();
        meeting.Minutes = string.IsNullOrWhiteSpace(input.Minutes) ? null : input.Minutes.Trim();
        var titles = await AgendaTitlesAsync(db, meeting.TerritoryId, input.Agenda, cancellationToken);
        meeting.Agenda = input.Agenda.Select((item, index) => new AgendaItem
        {
            Position = index + 1,
            Kind = item.Kind,
            SubjectId = item.SubjectId,
            Title = string.IsNullOrWhiteSpace(item.Title) ? titles[index] : item.Title.Trim(),
        }).ToList();
        var members = await db.CommitteeMembers.AsNoTracking().Where(m => m.TerritoryId == meeting.TerritoryId).ToListAsync(cancellationToken);
        meeting.RecordAttendance(input.MemberIds, members);
    }

    /// <summary>Each agenda item names its subject, which must be of this territory; an item with no subject needs a title.</summary>
    private static async Task<List<string>> AgendaTitlesAsync(AppDbContext db, int territoryId, List<AgendaItemInput> items, CancellationToken cancellationToken)
    {
        var titles = new List<string>();
        foreach (var item in items)
        {
            string? title = (item.Kind, item.SubjectId) switch
            {
                (AgendaKind.ActivityReview, { } id) => await db.Activities.Where(a => a.Id == id && a.TerritoryId == territoryId)
                    .Select(a => "Examen de l'activité « " + a.Name + " »").SingleOrDefaultAsync(cancellationToken),
                (AgendaKind.Objection, { } id) => await db.Objections.Where(o => o.Id == id && o.TerritoryId == territoryId)
                    .Select(o => "Signalement de concurrence de " + o.ObjectorName).SingleOrDefaultAsync(cancellationToken),
                (AgendaKind.OutOfOrderProposal, { } id) => await db.Proposals.Where(p => p.Id == id && db.People.Any(x => x.Id == p.PersonId && x.TerritoryId == territoryId))
                    .Select(p => "Proposition hors de l'ordre n° " + p.Id).SingleOrDefaultAsync(cancellationToken),
                (AgendaKind.Figures, _) => "Chiffres du territoire",
                (_, null) => item.Title,
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(item.Title))
            {
                throw ValidationFailedException.For("agenda", item.SubjectId is null
                    ? "Donnez un titre à chaque point de l'ordre du jour."
                    : "Un point de l'ordre du jour renvoie à un sujet qui n'existe pas sur ce territoire.");
            }
            titles.Add(title ?? item.Title!);
        }
        return titles;
    }

    private async Task<IReadOnlyList<AgendaSuggestion>> SuggestionsAsync(AppDbContext db, int territoryId, DateOnly today, CancellationToken cancellationToken)
    {
        var suggestions = new List<AgendaSuggestion>();
        var inReview = await db.Activities.AsNoTracking().Where(a => a.TerritoryId == territoryId && a.Status == ActivityStatus.CleReview)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        suggestions.AddRange(inReview.Select(a => new AgendaSuggestion(AgendaKind.ActivityReview, a.Id, $"Examen de l'activité « {a.Name} »", "attend la décision du comité")));
        var running = Activity.Running.ToList();
        var due = await db.Activities.AsNoTracking()
            .Where(a => a.TerritoryId == territoryId && running.Contains(a.Status) && a.NextReviewOn != null && a.NextReviewOn <= today.AddMonths(1))
            .Select(a => new { a.Id, a.Name, a.NextReviewOn }).ToListAsync(cancellationToken);
        suggestions.AddRange(due.Select(a => new AgendaSuggestion(AgendaKind.ActivityReview, a.Id, $"Revue annuelle de « {a.Name} »",
            $"revue prévue le {a.NextReviewOn!.Value.ToString("d MMMM yyyy", French.Culture)}")));
        var open = await db.Objections.AsNoTracking().Where(o => o.TerritoryId == territoryId && o.Outcome == null).ToListAsync(cancellationToken);
        suggestions.AddRange(open.Where(o => o.IsOverdue(today, settings)).Select(o => new AgendaSuggestion(AgendaKind.Objection, o.Id,
            $"Signalement de concurrence de {o.ObjectorName}", $"ouvert depuis le {o.RaisedOn.ToString("d MMMM yyyy", French.Culture)}, sans issue après {settings.ObjectionAgendaDays} jours")));
        return suggestions;
    }

    private async Task<MeetingDetails> DetailsAsync(AppDbContext db, AccessScope scope, CommitteeMeeting meeting, CancellationToken cancellationToken)
    {
        var members = await db.CommitteeMembers.AsNoTracking().Where(m => m.TerritoryId == meeting.TerritoryId).ToListAsync(cancellationToken);
        var rules = await RulesAsync(db, meeting.TerritoryId, cancellationToken);
        var voting = members.Where(m => m.Voting && m.SitsOn(meeting.Day)).Select(m => m.Id).ToHashSet();
        var decisions = await db.CommitteeDecisions.AsNoTracking().Where(d => d.MeetingId == meeting.Id).OrderBy(d => d.Number).ToListAsync(cancellationToken);
        return new MeetingDetails(meeting.Id, meeting.TerritoryId, meeting.HeldAt, meeting.Place,
            meeting.Agenda.OrderBy(a => a.Position).Select(a => new AgendaItemView(a.Position, a.Kind, a.SubjectId, a.Title)).ToList(),
            meeting.Present.Select(p => p.MemberId).ToList(), voting.Count, meeting.Present.Count(p => voting.Contains(p.MemberId)), rules.QuorumShare,
            meeting.HasQuorum(members, rules.QuorumShare), meeting.Minutes, decisions.Select(DecisionView.Of).ToList(),
            scope.CanManageTerritory(meeting.TerritoryId), meeting.Version);
    }

    private static void EnsureCanManage(AccessScope scope, int territoryId)
    {
        if (!scope.CanReadCommittee(territoryId) && !scope.CanManageTerritory(territoryId))
        {
            throw new NotFoundException(MeetingNotFound);
        }
        scope.EnsureCanReview(territoryId);
    }

    private static async Task<CommitteeMeeting> RequireMeetingAsync(AppDbContext db, int meetingId, CancellationToken cancellationToken) =>
        await db.CommitteeMeetings.Include(m => m.Agenda).Include(m => m.Present).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new NotFoundException(MeetingNotFound);

    private static async Task<CommitteeRules> RulesAsync(AppDbContext db, int territoryId, CancellationToken cancellationToken) =>
        await db.CommitteeRules.AsNoTracking().SingleOrDefaultAsync(r => r.TerritoryId == territoryId, cancellationToken)
            ?? new CommitteeRules { TerritoryId = territoryId };

    private static MemberView Member(CommitteeMember m, DateOnly today, string? accountEmail) =>
        new(m.Id, m.Name, m.OrganisationId, m.Representing, m.College, m.Voting, m.Chair, m.TermStart, m.TermEnd, m.SitsOn(today), m.Version, accountEmail);
}
