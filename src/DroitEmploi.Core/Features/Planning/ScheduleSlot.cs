using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>An activity at a time slot of an EBE's week: "Friperie, journée", its length, the days it runs and the people it needs.</summary>
public class ScheduleSlot : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>The activity's name as the board shows it; the record is <see cref="ActivityId"/>.</summary>
    public string Activity { get; set; } = "";

    /// <summary>The activity record the slot is for (its review, its status, its accounts).</summary>
    public int? ActivityId { get; set; }
    public string Name { get; set; } = "";
    public int Minutes { get; set; }

    /// <summary>When the slot starts, for the employee's week and calendar; null for slots created before it was asked.</summary>
    public TimeOnly? StartsAt { get; set; }
    public List<DayOfWeek> Days { get; set; } = [];
    public int PeopleNeeded { get; set; }
    public string? RequiredSkill { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>The part of the name after the activity ("journée" in "Friperie, journée"), as the team typed it.</summary>
    public string Period => Name.StartsWith(Activity + ", ", StringComparison.Ordinal) ? Name[(Activity.Length + 2)..] : Name;

    public static ScheduleSlot Create(int organisationId, SlotInput input)
    {
        var slot = new ScheduleSlot { OrganisationId = organisationId };
        slot.Apply(input);
        return slot;
    }

    /// <summary>
    /// Changes the slot for the weeks to come. A slot that published weeks already use keeps its length:
    /// those weeks' hours were worked and told to the employees as they were.
    /// </summary>
    public void Revise(SlotInput input, bool usedByPublishedWeeks)
    {
        if (!Active)
        {
            throw new BusinessRuleException("Ce créneau a été retiré : créez-en un nouveau.");
        }
        if (usedByPublishedWeeks && input.Minutes != Minutes)
        {
            throw ValidationFailedException.For("minutes",
                "Des plannings publiés utilisent ce créneau : sa durée ne peut plus changer. Retirez-le et créez-en un nouveau avec la nouvelle durée.");
        }
        Apply(input);
    }

    private void Apply(SlotInput input)
    {
        if (input.StartsAt is { } start && start.ToTimeSpan() + TimeSpan.FromMinutes(input.Minutes) > TimeSpan.FromDays(1))
        {
            throw ValidationFailedException.For("startsAt", "Ce créneau finirait après minuit : avancez son début ou raccourcissez-le.");
        }
        Activity = input.Activity.Trim();
        Name = $"{Activity}, {input.Slot.Trim()}";
        Minutes = input.Minutes;
        StartsAt = input.StartsAt;
        Days = input.Days.Distinct().Order().ToList();
        PeopleNeeded = input.PeopleNeeded;
        RequiredSkill = string.IsNullOrWhiteSpace(input.RequiredSkill) ? null : input.RequiredSkill.Trim();
    }
}
