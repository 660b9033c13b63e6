namespace DroitEmploi.Core.Features.Planning;

/// <summary>
/// A week's schedule with everything the board shows: who works where, and what breaks a rule or a wish;
/// <see cref="Unavoidable"/> are the needs no schedule of the week can cover, whoever is placed where.
/// </summary>
public sealed record ScheduleView(
    int Id, int OrganisationId, string Week, DateOnly WeekStart, ScheduleStatus Status, int Progress, long? Objective, long? BestBound,
    string? Message, DateTime? PublishedAt, IReadOnlyList<SlotView> Slots, IReadOnlyList<BoardPerson> People,
    IReadOnlyList<AssignmentView> Assignments, IReadOnlyList<BoardIssue> Violations, IReadOnlyList<BoardIssue> BrokenWishes,
    IReadOnlyList<BoardIssue> Uncovered, IReadOnlyList<ChangeView> Changes, bool CanManage, int Version, IReadOnlyList<BoardIssue> Unavoidable);
