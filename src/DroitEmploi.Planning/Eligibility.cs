namespace DroitEmploi.Planning;

/// <summary>
/// Who may work what: a person may take a shift type on a day when it runs that day, it is not one of
/// their days off, they are not barred from it, and they have the skill its demand needs. The model's
/// variables, the first schedule and the needs no schedule can cover all read it here.
/// </summary>
public sealed class Eligibility
{
    private readonly RosterProblem _problem;
    private readonly Dictionary<(int Day, string ShiftId), string> _skillNeeded;

    public Eligibility(RosterProblem problem)
    {
        _problem = problem;
        _skillNeeded = [];
        foreach (var cover in problem.Cover.Where(c => c.RequiredSkill is not null))
        {
            _skillNeeded[(cover.Day, cover.ShiftId)] = cover.RequiredSkill!;
        }
    }

    public bool Allows(int employee, int day, int shift)
    {
        var person = _problem.Employees[employee];
        var type = _problem.Shifts[shift];
        return !person.DaysOff.Contains(day) && type.RunsOn(day) && person.MaxOf(type.Id) > 0
            && (!_skillNeeded.TryGetValue((day, type.Id), out var skill) || person.Skills.Contains(skill));
    }

    /// <summary>The skill a day's shift type asks for, if any.</summary>
    public string? SkillNeeded(int day, string shiftId) => _skillNeeded.GetValueOrDefault((day, shiftId));
}
