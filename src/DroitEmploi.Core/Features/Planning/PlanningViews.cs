using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Planning;

public sealed record SlotView(int Id, string Activity, string Name, int Minutes, IReadOnlyList<DayOfWeek> Days, int PeopleNeeded, string? RequiredSkill);

public sealed record BoardPerson(int ContractId, string Name, decimal WeeklyHours, int PlannedMinutes, IReadOnlyList<DateOnly> Unavailable);

public sealed record AssignmentView(int ContractId, DateOnly Date, int SlotId);

public sealed record BoardIssue(int? ContractId, DateOnly? Date, string Message);

public sealed record ChangeView(int ContractId, DateOnly Date, DateTime At, string By, string Description);

/// <summary>A week's schedule with everything the board shows: who works where, and what breaks a rule or a wish.</summary>
public sealed record ScheduleView(
    int Id, int OrganisationId, string Week, DateOnly WeekStart, ScheduleStatus Status, int Progress, long? Objective, long? BestBound,
    string? Message, DateTime? PublishedAt, IReadOnlyList<SlotView> Slots, IReadOnlyList<BoardPerson> People,
    IReadOnlyList<AssignmentView> Assignments, IReadOnlyList<BoardIssue> Violations, IReadOnlyList<BoardIssue> BrokenWishes,
    IReadOnlyList<BoardIssue> Uncovered, IReadOnlyList<ChangeView> Changes, bool CanManage, int Version);

/// <summary>One person's week: the shifts of the published schedule, and what changed since publication.</summary>
public sealed record PersonWeek(
    int? ContractId, string Week, DateOnly WeekStart, bool Published, IReadOnlyList<PersonShift> Shifts, IReadOnlyList<ChangeView> Changes);

public sealed record PersonShift(DateOnly Date, string Activity, string Slot, int Minutes);

public sealed record ScheduleSummary(int Id, string Week, ScheduleStatus Status, int Progress, long? Objective, DateTime CreatedAt, DateTime? PublishedAt);

public sealed class ScheduleRequestInput
{
    [Required(ErrorMessage = "Choisissez la semaine (AAAA-Wss).")]
    [StringLength(8, ErrorMessage = "La semaine s'écrit AAAA-Wss, par exemple 2026-W50.")]
    public string Week { get; set; } = "";

    [Range(2, 600, ErrorMessage = "Le temps de calcul va de 2 à 600 secondes.")]
    public int Seconds { get; set; } = 20;
}

public sealed class AssignmentsInput
{
    [MaxLength(5000, ErrorMessage = "Trop d'affectations.")]
    public List<AssignmentView> Assignments { get; set; } = [];

    public int Version { get; set; }
}

public sealed class SlotInput
{
    [Required(ErrorMessage = "Nommez l'activité.")]
    [StringLength(100, ErrorMessage = "L'activité ne peut dépasser 100 caractères.")]
    public string Activity { get; set; } = "";

    [Required(ErrorMessage = "Nommez le créneau (ex. journée, matin).")]
    [StringLength(50, ErrorMessage = "Le créneau ne peut dépasser 50 caractères.")]
    public string Slot { get; set; } = "journée";

    [Range(30, 720, ErrorMessage = "Un créneau dure de 30 minutes à 12 heures.")]
    public int Minutes { get; set; } = 420;

    [MinLength(1, ErrorMessage = "Choisissez au moins un jour.")]
    [MaxLength(7, ErrorMessage = "Une semaine compte sept jours.")]
    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Range(1, 200, ErrorMessage = "Il faut de 1 à 200 personnes.")]
    public int PeopleNeeded { get; set; } = 2;

    [StringLength(100, ErrorMessage = "Le savoir-faire ne peut dépasser 100 caractères.")]
    public string? RequiredSkill { get; set; }
}

public sealed class AvailabilityInput
{
    [Required(ErrorMessage = "Choisissez la semaine.")]
    [StringLength(8, ErrorMessage = "La semaine s'écrit AAAA-Wss, par exemple 2026-W50.")]
    public string Week { get; set; } = "";

    [MaxLength(7, ErrorMessage = "Une semaine a 7 jours.")]
    public List<AvailabilityDay> Days { get; set; } = [];
}

public sealed record AvailabilityDay(DateOnly Date, bool Unavailable, int? WishedSlotId);

public sealed record MyAvailability(int ContractId, string Week, DateOnly WeekStart, IReadOnlyList<AvailabilityDay> Days, IReadOnlyList<SlotView> Slots);
