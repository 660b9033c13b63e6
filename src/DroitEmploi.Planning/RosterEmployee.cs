namespace DroitEmploi.Planning;

/// <summary>
/// An employee's limits: total minutes over the horizon (the hours they chose), per-shift maxima,
/// runs of working days and days off, weekends, days they cannot work, and their skills.
/// </summary>
public sealed record RosterEmployee(
    string Id,
    int MinTotalMinutes,
    int MaxTotalMinutes,
    IReadOnlyDictionary<string, int> MaxShifts,
    int MaxConsecutiveShifts,
    int MinConsecutiveShifts,
    int MinConsecutiveDaysOff,
    int MaxWeekends,
    IReadOnlySet<int> DaysOff,
    IReadOnlySet<string> Skills)
{
    public int MaxOf(string shiftId) => MaxShifts.TryGetValue(shiftId, out var max) ? max : int.MaxValue;
}
