namespace DroitEmploi.Planning;

/// <summary>
/// A rostering problem over a horizon of days (day 0 is a Monday; days 5 and 6 of each week are the
/// weekend): shift types, demand per day and shift, employees with their chosen hours and limits,
/// and their weighted wishes.
/// </summary>
public sealed record RosterProblem(
    int Days,
    IReadOnlyList<ShiftType> Shifts,
    IReadOnlyList<RosterEmployee> Employees,
    IReadOnlyList<ShiftRequest> Requests,
    IReadOnlyList<CoverRequirement> Cover)
{
    public int Weeks => (Days + 6) / 7;

    public static bool IsWeekend(int day) => day % 7 >= 5;
}
