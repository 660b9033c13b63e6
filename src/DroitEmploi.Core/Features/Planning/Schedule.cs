using DroitEmploi.Core.Common;
using DroitEmploi.Planning;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>
/// A week's schedule for an EBE: a job the optimiser picks up (any node, restarts lose nothing),
/// then a proposal the team adjusts, then published.
/// </summary>
public class Schedule : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly WeekStart { get; set; }
    public ScheduleStatus Status { get; set; }
    public int TimeLimitSeconds { get; set; }
    public int Progress { get; set; }
    public long? Objective { get; set; }
    public long? BestBound { get; set; }
    public string? Message { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime? StartedAt { get; set; }

    /// <summary>Written every second by the node that runs the job: a job whose heartbeat stopped is swept.</summary>
    public DateTime? HeartbeatAt { get; set; }

    /// <summary>How many times a node took the job; after three interrupted runs it fails instead of looping.</summary>
    public int Attempts { get; set; }
    public DateTime? FinishedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public List<ScheduleAssignment> Assignments { get; set; } = [];
    public List<ScheduleChange> Changes { get; set; } = [];
    /// <summary>A node takes the queued job; each take counts, so that a job that keeps stopping its node ends.</summary>
    public void Claim(DateTime at)
    {
        if (Status != ScheduleStatus.Queued)
        {
            throw new BusinessRuleException("Seul un planning en attente peut être calculé.");
        }
        Status = ScheduleStatus.Running;
        Message = "Calcul en cours.";
        StartedAt = at;
        HeartbeatAt = at;
        Attempts++;
        Progress = 0;
    }

    /// <summary>Every second while it runs: how far along, the best cost and bound so far, and that its node is alive.</summary>
    public void Beat(int progress, long? objective, long? bound, DateTime at)
    {
        if (Status != ScheduleStatus.Running)
        {
            throw new BusinessRuleException("Ce planning n'est pas en cours de calcul.");
        }
        Progress = Math.Clamp(progress, 0, 99);
        Objective = objective;
        BestBound = bound;
        HeartbeatAt = at;
    }

    /// <summary>
    /// The node running the job stopped beating (a server stopped mid-computation): the job waits for
    /// another node, or fails once it has been taken <paramref name="maxAttempts"/> times.
    /// </summary>
    public void Interrupt(int maxAttempts, DateTime at)
    {
        if (Status != ScheduleStatus.Running)
        {
            throw new BusinessRuleException("Ce planning n'est pas en cours de calcul.");
        }
        if (Attempts >= maxAttempts)
        {
            Status = ScheduleStatus.Failed;
            FinishedAt = at;
            Message = $"Le calcul s'est interrompu {maxAttempts} fois (serveur arrêté pendant le calcul) : relancez-le.";
        }
        else
        {
            Status = ScheduleStatus.Queued;
            Message = "Calcul interrompu (serveur arrêté) : il reprendra de lui-même.";
        }
    }

    /// <summary>"Annuler" while it waits or runs; the node running it sees it at its next beat and stops.</summary>
    public void Cancel()
    {
        if (Status is not (ScheduleStatus.Queued or ScheduleStatus.Running))
        {
            throw new BusinessRuleException("Ce planning n'est pas en cours de calcul.");
        }
        Status = ScheduleStatus.Cancelled;
        Message = "Annulation demandée.";
    }

    /// <summary>
    /// The computation's end: its week replaces the draft shown while it ran. A computation cancelled
    /// before it found anything stays cancelled; one cancelled after finding a week proposes it.
    /// </summary>
    public void Finish(ScheduleStatus status, string message, long? objective, long? bound, IEnumerable<AssignmentView> assignments, DateTime at)
    {
        var week = ScheduleAssignment.From(assignments);
        if (Status == ScheduleStatus.Cancelled && week.Count == 0)
        {
            return;
        }
        // A sweep may have requeued or failed a job whose node was only slow to beat: the node's result stands.
        if (Status is ScheduleStatus.Proposed or ScheduleStatus.Published)
        {
            throw new BusinessRuleException("Ce planning est déjà proposé.");
        }
        if (status is not (ScheduleStatus.Proposed or ScheduleStatus.Failed or ScheduleStatus.Cancelled))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A computation ends proposed, failed or cancelled.");
        }
        Status = status;
        Message = message;
        Progress = 100;
        Objective = objective;
        BestBound = bound;
        FinishedAt = at;
        Assignments = week;
    }

    /// <summary>Another schedule of the same week was published: this one gives way to it.</summary>
    public void GiveWayTo(int publishedId)
    {
        if (Status != ScheduleStatus.Published)
        {
            throw new BusinessRuleException("Seul un planning publié est remplacé.");
        }
        Status = ScheduleStatus.Cancelled;
        Message = $"Remplacé par le planning n° {publishedId}.";
    }

    /// <summary>
    /// The optimiser's best week so far, shown on the board while it goes on (the first one within a
    /// few seconds); only a running computation has one, and the finished one replaces it.
    /// </summary>
    public void ShowDraft(IEnumerable<AssignmentView> assignments)
    {
        if (Status != ScheduleStatus.Running)
        {
            throw new BusinessRuleException("Seul un calcul en cours montre sa meilleure semaine.");
        }
        Assignments = ScheduleAssignment.From(assignments);
    }

    /// <summary>Publishes the week: each employee sees it on their phone. A schedule that breaks a hard rule is refused.</summary>
    public void Publish(CheckResult check, Func<RuleViolation, string> describe, string by, DateTime at)
    {
        if (Status != ScheduleStatus.Proposed)
        {
            throw new BusinessRuleException(Status == ScheduleStatus.Published ? "Ce planning est déjà publié." : "Seul un planning proposé se publie.");
        }
        if (!check.Feasible)
        {
            throw new BusinessRuleException($"Le planning enfreint {check.Violations.Count} règle(s) : corrigez-les avant de publier. "
                + string.Join(" ", check.Violations.Take(3).Select(describe)));
        }
        Status = ScheduleStatus.Published;
        PublishedAt = at;
        PublishedBy = by;
    }

    /// <summary>
    /// The team's hand edits. Before publication the board shows what a change breaks; once published,
    /// people rely on the week, so a change that breaks a hard rule is refused with the rule named, and
    /// each accepted change is logged for the people concerned. Only rules the change itself breaks
    /// count: a week an employee's new day off already broke must stay mendable one change at a time.
    /// </summary>
    public void ReplaceAssignments(
        IReadOnlyCollection<AssignmentView> wanted, CheckResult before, CheckResult after, Func<RuleViolation, string> describe,
        IReadOnlyDictionary<int, ScheduleSlot> slots, string by, DateTime at)
    {
        if (Status is not (ScheduleStatus.Proposed or ScheduleStatus.Published))
        {
            throw new BusinessRuleException("Le planning n'est pas encore proposé : attendez la fin du calcul.");
        }
        if (Status == ScheduleStatus.Published)
        {
            var broken = NewlyBroken(before, after);
            if (broken.Count > 0)
            {
                throw new BusinessRuleException($"Ce planning est publié : une modification ne peut pas enfreindre ses règles. Celle-ci en enfreindrait {broken.Count} : "
                    + string.Join(" ", broken.Take(3).Select(describe)));
            }
            LogChanges(wanted, slots, by, at);
        }
        Assignments = ScheduleAssignment.From(wanted);
    }

    /// <summary>An employee made a day of a published shift unavailable: the EBE's management is told through the change log.</summary>
    public void RecordUnavailability(int contractId, DateOnly date, string slotName, string by, DateTime at) =>
        Changes.Add(new ScheduleChange
        {
            ContractId = contractId,
            Date = date,
            At = at,
            By = by,
            Kind = ScheduleChangeKind.EmployeeUnavailable,
            Description = $"{date.ToString("dddd d MMMM", French.Culture)} — indisponible alors que prévu·e sur {slotName}",
        });

    /// <summary>
    /// The rules a change breaks that were kept before it. Someone who declared a working day off
    /// already breaks her week; taking her shift away then leaves her below her hours, which is the absence, not the change.
    /// </summary>
    private static List<RuleViolation> NewlyBroken(CheckResult before, CheckResult after)
    {
        var absent = before.Violations.Where(v => v.Rule == RuleNames.DayOff).Select(v => v.EmployeeId).ToHashSet();
        return after.Violations
            .Where(v => !before.Violations.Any(b => b.EmployeeId == v.EmployeeId && b.Day == v.Day && b.Rule == v.Rule))
            .Where(v => !(v.Rule == RuleNames.TotalMinutes && absent.Contains(v.EmployeeId)))
            .ToList();
    }

    private void LogChanges(IReadOnlyCollection<AssignmentView> wanted, IReadOnlyDictionary<int, ScheduleSlot> slots, string by, DateTime at)
    {
        var before = Assignments.Select(a => new AssignmentView(a.ContractId, a.Date, a.SlotId)).ToHashSet();
        var after = wanted.ToHashSet();
        foreach (var (contractId, date) in before.Except(after).Concat(after.Except(before)).Select(a => (a.ContractId, a.Date)).Distinct())
        {
            var was = before.FirstOrDefault(a => a.ContractId == contractId && a.Date == date);
            var current = after.FirstOrDefault(a => a.ContractId == contractId && a.Date == date);
            var description = (was, current) switch
            {
                (null, { } added) => $"Ajout : {slots[added.SlotId].Name}",
                ({ } removed, null) => $"Retrait : {slots[removed.SlotId].Name}",
                ({ } from, { } to) => $"{slots[from.SlotId].Name} → {slots[to.SlotId].Name}",
                _ => "Modification",
            };
            Changes.Add(new ScheduleChange
            {
                ContractId = contractId,
                Date = date,
                At = at,
                By = by,
                Kind = ScheduleChangeKind.ManagerEdit,
                Description = $"{date.ToString("dddd d MMMM", French.Culture)} — {description}",
            });
        }
    }
}
