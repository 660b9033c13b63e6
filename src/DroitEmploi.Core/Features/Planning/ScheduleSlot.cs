using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>An activity at a time slot of an EBE's week: "Friperie, journée", its length, the days it runs and the people it needs.</summary>
public class ScheduleSlot : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public string Activity { get; set; } = "";
    public string Name { get; set; } = "";
    public int Minutes { get; set; }

    /// <summary>When the slot starts, for the employee's week and calendar; null for slots created before it was asked.</summary>
    public TimeOnly? StartsAt { get; set; }
    public List<DayOfWeek> Days { get; set; } = [];
    public int PeopleNeeded { get; set; }
    public string? RequiredSkill { get; set; }
    public bool Active { get; set; } = true;
}
