using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Planning;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>An EBE's weeks as its management builds them: activity slots, the optimiser's proposal, the board's hand edits, publication.</summary>
public sealed class ScheduleService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private const string NotFound = "Ce planning n'existe pas ou ne vous est pas accessible.";

    public async Task<IReadOnlyList<SlotView>> SlotsAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        scope.EnsureCanSeeOrganisationStaff(OrganisationAccess.Of(await db.Organisations.RequireAsync(organisationId, cancellationToken)));
        return (await db.ScheduleSlots.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.Active)
            .OrderBy(s => s.Activity).ThenBy(s => s.Name).ToListAsync(cancellationToken)).Select(Slot).ToList();
    }

    public async Task<SlotView> AddSlotAsync(AccessScope scope, int organisationId, SlotInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await EnsureCanManageAsync(db, scope, organisationId, cancellationToken);
        var slot = ScheduleSlot.Create(organisationId, input);
        slot.ActivityId = await ActivityRecordAsync(db, scope, organisationId, slot.Activity, cancellationToken);
        db.ScheduleSlots.Add(slot);
        await db.SaveChangesAsync(cancellationToken);
        return Slot(slot);
    }

    /// <summary>Changes a slot for the weeks to come (an older slot gets its start time, a slot its days or headcount).</summary>
    public async Task<SlotView> ReviseSlotAsync(AccessScope scope, int organisationId, int slotId, SlotInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await EnsureCanManageAsync(db, scope, organisationId, cancellationToken);
        var slot = await db.ScheduleSlots.SingleOrDefaultAsync(s => s.Id == slotId && s.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException("Ce créneau n'existe pas.");
        if (input.Version is { } version)
        {
            db.ExpectVersion(slot, version);
        }
        var usedByPublishedWeeks = await db.ScheduleAssignments.AnyAsync(a => a.SlotId == slotId
            && db.Schedules.Any(s => s.Id == a.ScheduleId && s.Status == ScheduleStatus.Published), cancellationToken);
        slot.Revise(input, usedByPublishedWeeks);
        slot.ActivityId = await ActivityRecordAsync(db, scope, organisationId, slot.Activity, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Slot(slot);
    }

    /// <summary>The activity record a slot is for (a new name becomes an idea for the CLE team).</summary>
    private async Task<int?> ActivityRecordAsync(AppDbContext db, AccessScope scope, int organisationId, string name, CancellationToken cancellationToken) =>
        (await Activities.ActivityRecords.EnsureAsync(db, organisationId, [name], scope.UserName, clock.UtcNow(), "Proposée depuis un créneau du planning", cancellationToken))
            .TryGetValue(name, out var id) ? id : null;

    public async Task RemoveSlotAsync(AccessScope scope, int organisationId, int slotId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await EnsureCanManageAsync(db, scope, organisationId, cancellationToken);
        var slot = await db.ScheduleSlots.SingleOrDefaultAsync(s => s.Id == slotId && s.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException("Ce créneau n'existe pas.");
        // Past schedules keep pointing at it: it is retired, not deleted.
        slot.Active = false;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Queues the optimiser for a week; the job runs in the background and reports its progress.</summary>
    public async Task<ScheduleSummary> RequestAsync(AccessScope scope, int organisationId, ScheduleRequestInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var monday = IsoWeeks.Monday(input.Week);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await EnsureCanManageAsync(db, scope, organisationId, cancellationToken);
        var schedule = new Schedule
        {
            OrganisationId = organisationId,
            WeekStart = monday,
            Status = ScheduleStatus.Queued,
            TimeLimitSeconds = input.Seconds,
            RequestedBy = scope.UserName,
            Message = "En attente du calcul.",
        };
        db.Schedules.Add(schedule);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await HasActiveJobAsync(organisationId, monday, cancellationToken))
            {
                throw;
            }
            // The unique index on active jobs refused it: another request for this week came first.
            throw new BusinessRuleException("Un calcul est déjà en cours pour cette semaine : attendez-le ou annulez-le.");
        }
        return Summary(schedule);
    }

    private async Task<bool> HasActiveJobAsync(int organisationId, DateOnly monday, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Schedules.AnyAsync(s => s.OrganisationId == organisationId && s.WeekStart == monday
            && (s.Status == ScheduleStatus.Queued || s.Status == ScheduleStatus.Running), cancellationToken);
    }

    public async Task<IReadOnlyList<ScheduleSummary>> ListAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        scope.EnsureCanSeeOrganisationStaff(OrganisationAccess.Of(await db.Organisations.RequireAsync(organisationId, cancellationToken)));
        return (await db.Schedules.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .OrderByDescending(s => s.WeekStart).ThenByDescending(s => s.Id).Take(100).ToListAsync(cancellationToken)).Select(Summary).ToList();
    }

    public async Task<ScheduleView> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schedule = await LoadAsync(db, scope, id, manage: false, cancellationToken);
        return await ViewAsync(db, scope, schedule, cancellationToken);
    }

    public async Task<ScheduleProgress> ProgressAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Schedules.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.OrganisationId, Progress = new ScheduleProgress(s.Id, s.Status, s.Progress, s.Objective, s.BestBound, s.Message, s.Version, s.Assignments.Count()) })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(NotFound);
        var organisation = await db.Organisations.RequireAsync(row.OrganisationId, cancellationToken);
        if (!scope.CanSeeOrganisationStaff(OrganisationAccess.Of(organisation)))
        {
            throw new NotFoundException(NotFound);
        }
        return row.Progress;
    }

    /// <summary>The week grouped by activity and slot, with who works each day and what is missing.</summary>
    public async Task<IReadOnlyList<ActivityCoverage>> ActivitiesAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        var view = await GetAsync(scope, id, cancellationToken);
        return ActivityCoverage.Build(view, view.Assignments);
    }

    public async Task<ScheduleView> CancelAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var schedule = await LoadAsync(db, scope, id, manage: true, cancellationToken);
        schedule.Cancel();
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, scope, schedule, cancellationToken);
    }

    /// <summary>The team's hand edits. After publication, each change is logged for the people concerned.</summary>
    public async Task<ScheduleView> SetAssignmentsAsync(AccessScope scope, int id, AssignmentsInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var schedule = await LoadAsync(db, scope, id, manage: true, cancellationToken);
        db.ExpectVersion(schedule, input.Version);
        var week = await WeekProblem.BuildAsync(db, schedule.OrganisationId, schedule.WeekStart, cancellationToken);
        var contracts = week.Contracts.Select(c => c.Id).ToHashSet();
        var slots = week.Slots.ToDictionary(s => s.Id);
        var wanted = input.Assignments.Distinct().ToList();
        if (wanted.FirstOrDefault(a => !contracts.Contains(a.ContractId) || !slots.ContainsKey(a.SlotId)
                || a.Date < schedule.WeekStart || a.Date > schedule.WeekStart.AddDays(6)) is { } stray)
        {
            throw ValidationFailedException.For("assignments", $"Affectation hors de la semaine, de l'équipe ou des créneaux (contrat {stray.ContractId}, {stray.Date:dd/MM}).");
        }
        var previous = schedule.Assignments.ToList();
        var before = RosterChecker.Check(week.Problem, week.ToEngine(previous.Select(a => new AssignmentView(a.ContractId, a.Date, a.SlotId))));
        var after = RosterChecker.Check(week.Problem, week.ToEngine(wanted));
        schedule.ReplaceAssignments(wanted, before, after, week.Describe, slots, scope.UserName, clock.UtcNow());
        db.ScheduleAssignments.RemoveRange(previous);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, scope, schedule, cancellationToken);
    }

    /// <summary>The board's live check of a hand edit, before it is saved: rules broken, wishes not granted, demand uncovered.</summary>
    public async Task<ScheduleView> PreviewAsync(AccessScope scope, int id, IReadOnlyList<AssignmentView> assignments, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schedule = await LoadAsync(db, scope, id, manage: false, cancellationToken);
        db.Entry(schedule).State = EntityState.Detached;
        schedule.Assignments = ScheduleAssignment.From(assignments);
        return await ViewAsync(db, scope, schedule, cancellationToken);
    }

    /// <summary>Publishes the week: each employee sees it on their phone. A schedule that breaks a hard rule is refused.</summary>
    public async Task<ScheduleView> PublishAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var schedule = await LoadAsync(db, scope, id, manage: true, cancellationToken);
        var week = await WeekProblem.BuildAsync(db, schedule.OrganisationId, schedule.WeekStart, cancellationToken);
        var check = RosterChecker.Check(week.Problem, week.ToEngine(schedule.Assignments.Select(a => new AssignmentView(a.ContractId, a.Date, a.SlotId))));
        schedule.Publish(check, week.Describe, scope.UserName, clock.UtcNow());
        var others = await db.Schedules.Where(s => s.OrganisationId == schedule.OrganisationId && s.WeekStart == schedule.WeekStart
            && s.Id != schedule.Id && s.Status == ScheduleStatus.Published).ToListAsync(cancellationToken);
        foreach (var previous in others)
        {
            previous.GiveWayTo(schedule.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, scope, schedule, cancellationToken);
    }

    private const string PlanningRefusal = "Seule la direction de l'EBE établit et publie les plannings.";

    private static async Task EnsureCanManageAsync(AppDbContext db, AccessScope scope, int organisationId, CancellationToken cancellationToken) =>
        scope.EnsureCanManageOrganisation(OrganisationAccess.Of(await db.Organisations.RequireAsync(organisationId, cancellationToken)), PlanningRefusal);

    private static async Task<Schedule> LoadAsync(AppDbContext db, AccessScope scope, int id, bool manage, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.Include(s => s.Assignments).Include(s => s.Changes).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException(NotFound);
        var organisation = await db.Organisations.RequireAsync(schedule.OrganisationId, cancellationToken);
        if (!scope.CanSeeOrganisationStaff(OrganisationAccess.Of(organisation)))
        {
            throw new NotFoundException(NotFound);
        }
        if (manage)
        {
            scope.EnsureCanManageOrganisation(OrganisationAccess.Of(organisation), PlanningRefusal);
        }
        return schedule;
    }

    private static async Task<ScheduleView> ViewAsync(AppDbContext db, AccessScope scope, Schedule schedule, CancellationToken cancellationToken)
    {
        var week = await WeekProblem.BuildAsync(db, schedule.OrganisationId, schedule.WeekStart, cancellationToken);
        var assignments = schedule.Assignments.Select(a => new AssignmentView(a.ContractId, a.Date, a.SlotId)).OrderBy(a => a.Date).ToList();
        var check = RosterChecker.Check(week.Problem, week.ToEngine(assignments));
        var names = week.Contracts.ToDictionary(c => c.Id, c => c.EmployeeName);
        var slotNames = week.Slots.ToDictionary(s => s.Id, s => s.Name);
        string Name(string key) => names.GetValueOrDefault(WeekProblem.Id(key), key);
        DateOnly? On(int? day) => day is { } d ? schedule.WeekStart.AddDays(d) : null;
        var minutes = assignments.GroupBy(a => a.ContractId).ToDictionary(g => g.Key, g => g.Sum(a => week.Slots.FirstOrDefault(s => s.Id == a.SlotId)?.Minutes ?? 0));
        var people = week.Contracts.Select(c =>
        {
            var employee = week.Problem.Employees.Single(e => e.Id == WeekProblem.Key(c.Id));
            return new BoardPerson(c.Id, c.EmployeeName, ContractFacts.Of(c).On(c.StartDate > schedule.WeekStart ? c.StartDate : schedule.WeekStart).WeeklyHours,
                minutes.GetValueOrDefault(c.Id), employee.DaysOff.Select(d => schedule.WeekStart.AddDays(d)).Order().ToList());
        }).ToList();
        var counts = assignments.GroupBy(a => (a.Date, a.SlotId)).ToDictionary(g => g.Key, g => g.Count());
        var uncovered = week.Problem.Cover.Select(c => (Cover: c, Date: schedule.WeekStart.AddDays(c.Day), Slot: WeekProblem.Id(c.ShiftId)))
            .Select(c => (c.Cover, c.Date, c.Slot, Missing: c.Cover.Requirement - counts.GetValueOrDefault((c.Date, c.Slot))))
            .Where(c => c.Missing > 0)
            .Select(c => new BoardIssue(null, c.Date, $"{slotNames[c.Slot]} : il manque {c.Missing} personne(s)")).ToList();
        return new ScheduleView(
            schedule.Id, schedule.OrganisationId, IsoWeeks.Name(schedule.WeekStart), schedule.WeekStart, schedule.Status, schedule.Progress,
            schedule.Objective, schedule.BestBound, schedule.Message, schedule.PublishedAt,
            week.Slots.Select(Slot).ToList(), people, assignments,
            check.Violations.Select(v => new BoardIssue(names.ContainsKey(WeekProblem.Id(v.EmployeeId)) ? WeekProblem.Id(v.EmployeeId) : null, On(v.Day), $"{Name(v.EmployeeId)} : {v.Message}")).ToList(),
            check.BrokenWishes.Select(w => new BoardIssue(WeekProblem.Id(w.EmployeeId), On(w.Day),
                $"{Name(w.EmployeeId)} souhaitait {(w.WantedToWork ? "" : "ne pas faire ")}« {slotNames.GetValueOrDefault(WeekProblem.Id(w.ShiftId), w.ShiftId)} »")).ToList(),
            uncovered,
            schedule.Changes.OrderByDescending(c => c.At).Select(c => new ChangeView(c.ContractId, c.Date, c.At, c.By, c.Description, c.Kind)).ToList(),
            scope.ManagesOrganisation(schedule.OrganisationId), schedule.Version,
            UnavoidableNeeds.Find(week.Problem).Select(u => new BoardIssue(null, schedule.WeekStart.AddDays(u.Day), char.ToUpperInvariant(u.Message[0]) + u.Message[1..] + ".")).ToList());
    }

    private static SlotView Slot(ScheduleSlot s) => SlotView.Of(s);

    private static ScheduleSummary Summary(Schedule s) => new(s.Id, IsoWeeks.Name(s.WeekStart), s.Status, s.Progress, s.Objective, s.CreatedAt, s.PublishedAt);
}
