namespace DroitEmploi.Planning;

/// <summary>
/// An activity at a time slot, its length, the shift types that may not follow it the next day, and
/// the days of the horizon it runs on (all of them when null).
/// </summary>
public sealed record ShiftType(string Id, int Minutes, IReadOnlyList<string> ForbiddenNext, string? Label = null, IReadOnlySet<int>? Days = null)
{
    public bool RunsOn(int day) => Days is null || Days.Contains(day);
}
