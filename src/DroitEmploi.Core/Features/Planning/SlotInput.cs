using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Planning;

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

    /// <summary>The time the slot starts (9:00 for a day), shown to the employees with its end.</summary>
    public TimeOnly? StartsAt { get; set; } = new(9, 0);

    [MinLength(1, ErrorMessage = "Choisissez au moins un jour.")]
    [MaxLength(7, ErrorMessage = "Une semaine compte sept jours.")]
    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Range(1, 200, ErrorMessage = "Il faut de 1 à 200 personnes.")]
    public int PeopleNeeded { get; set; } = 2;

    [StringLength(100, ErrorMessage = "Le savoir-faire ne peut dépasser 100 caractères.")]
    public string? RequiredSkill { get; set; }

    /// <summary>The version the user last saw, when changing a slot; a later change by someone else is then a conflict.</summary>
    public int? Version { get; set; }

    public static SlotInput Of(SlotView slot) => new()
    {
        Activity = slot.Activity,
        Slot = slot.Period,
        Minutes = slot.Minutes,
        StartsAt = slot.StartsAt,
        Days = [.. slot.Days],
        PeopleNeeded = slot.PeopleNeeded,
        RequiredSkill = slot.RequiredSkill,
        Version = slot.Version,
    };
}
