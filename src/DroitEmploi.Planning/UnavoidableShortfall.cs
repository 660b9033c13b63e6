namespace DroitEmploi.Planning;

/// <summary>
/// Needs of a day that no schedule can cover: fewer people can work that day's demands than they ask
/// for, whatever the schedule. <see cref="Skill"/> is the skill they all need, when they share one.
/// </summary>
public sealed record UnavoidableShortfall(int Day, int Missing, IReadOnlyList<string> ShiftIds, string? Skill, string Message);
