namespace DroitEmploi.Core.Features.Planning;

public sealed record SlotView(
    int Id, string Activity, string Name, int Minutes, IReadOnlyList<DayOfWeek> Days, int PeopleNeeded, string? RequiredSkill, TimeOnly? StartsAt = null,
    string Period = "", int Version = 0, int? ActivityId = null)
{
    public static SlotView Of(ScheduleSlot s) =>
        new(s.Id, s.Activity, s.Name, s.Minutes, s.Days, s.PeopleNeeded, s.RequiredSkill, s.StartsAt, s.Period, s.Version, s.ActivityId);
}
