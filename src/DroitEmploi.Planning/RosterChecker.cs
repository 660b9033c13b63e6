namespace DroitEmploi.Planning;

/// <summary>
/// Checks a schedule against every hard rule and prices its soft ones, without a solver: what the
/// planning board runs live when someone moves a shift by hand.
/// </summary>
public static class RosterChecker
{
    public static CheckResult Check(RosterProblem problem, IEnumerable<Assignment> assignments)
    {
        var shifts = problem.Shifts.ToDictionary(s => s.Id);
        var eligibility = new Eligibility(problem);
        var byEmployee = assignments.GroupBy(a => a.EmployeeId).ToDictionary(g => g.Key, g => g.ToList());
        var violations = new List<RuleViolation>();
        foreach (var employee in problem.Employees)
        {
            var own = byEmployee.GetValueOrDefault(employee.Id) ?? [];
            var onDay = new string?[problem.Days];
            foreach (var group in own.GroupBy(a => a.Day))
            {
                if (group.Count() > 1)
                {
                    violations.Add(new(employee.Id, group.Key, "OneShiftPerDay", "Plus d'un poste le même jour."));
                }
                if (group.Key >= 0 && group.Key < problem.Days)
                {
                    onDay[group.Key] = group.First().ShiftId;
                }
                foreach (var assignment in group.Where(a => shifts.TryGetValue(a.ShiftId, out var shift) && !shift.RunsOn(a.Day)))
                {
                    violations.Add(new(employee.Id, group.Key, "ShiftNotOffered", $"« {assignment.ShiftId} » n'a pas lieu ce jour-là."));
                }
                foreach (var assignment in group)
                {
                    if (eligibility.SkillNeeded(assignment.Day, assignment.ShiftId) is { } skill && !employee.Skills.Contains(skill))
                    {
                        var name = shifts.TryGetValue(assignment.ShiftId, out var shift) ? shift.Label ?? shift.Id : assignment.ShiftId;
                        violations.Add(new(employee.Id, group.Key, "Skill", $"« {name} » demande d'être formé·e en {skill}."));
                    }
                }
                if (employee.DaysOff.Contains(group.Key))
                {
                    violations.Add(new(employee.Id, group.Key, RuleNames.DayOff, "Jour où la personne ne peut pas travailler."));
                }
            }
            foreach (var shift in own.GroupBy(a => a.ShiftId))
            {
                if (shift.Count() > employee.MaxOf(shift.Key))
                {
                    violations.Add(new(employee.Id, null, "MaxShifts", $"Trop de postes « {shift.Key} » ({shift.Count()} pour {employee.MaxOf(shift.Key)} au plus)."));
                }
            }
            var minutes = own.Sum(a => shifts.TryGetValue(a.ShiftId, out var s) ? s.Minutes : 0);
            if (minutes < employee.MinTotalMinutes || minutes > employee.MaxTotalMinutes)
            {
                violations.Add(new(employee.Id, null, RuleNames.TotalMinutes,
                    $"{minutes / 60.0:0.#} h planifiées pour {employee.MinTotalMinutes / 60.0:0.#} à {employee.MaxTotalMinutes / 60.0:0.#} h choisies."));
            }
            for (var d = 0; d + 1 < problem.Days; d++)
            {
                if (onDay[d] is { } today && onDay[d + 1] is { } tomorrow && shifts.TryGetValue(today, out var shift) && shift.ForbiddenNext.Contains(tomorrow))
                {
                    violations.Add(new(employee.Id, d + 1, "ForbiddenSuccession", $"« {tomorrow} » ne peut pas suivre « {today} »."));
                }
            }
            CheckRuns(problem, employee, onDay, violations);
            var weekends = Enumerable.Range(0, problem.Weeks).Count(w =>
                Enumerable.Range(w * 7 + 5, 2).Any(d => d < problem.Days && onDay[d] is not null));
            if (weekends > employee.MaxWeekends)
            {
                violations.Add(new(employee.Id, null, "MaxWeekends", $"{weekends} week-ends travaillés pour {employee.MaxWeekends} au plus."));
            }
        }

        var coverPenalty = 0L;
        var counts = assignments.GroupBy(a => (a.Day, a.ShiftId)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var cover in problem.Cover)
        {
            var count = counts.GetValueOrDefault((cover.Day, cover.ShiftId));
            coverPenalty += (long)cover.WeightUnder * Math.Max(0, cover.Requirement - count) + (long)cover.WeightOver * Math.Max(0, count - cover.Requirement);
        }
        var set = assignments.Select(a => (a.EmployeeId, a.Day, a.ShiftId)).ToHashSet();
        var broken = problem.Requests.Where(r => r.On != set.Contains((r.EmployeeId, r.Day, r.ShiftId)))
            .Select(r => new BrokenWish(r.EmployeeId, r.Day, r.ShiftId, r.On, r.Weight)).ToList();
        return new CheckResult(violations, broken, coverPenalty, broken.Sum(b => (long)b.Weight));
    }

    /// <summary>Runs of working days and of days off; runs touching the horizon's ends are not held to the minimum.</summary>
    private static void CheckRuns(RosterProblem problem, RosterEmployee employee, string?[] onDay, List<RuleViolation> violations)
    {
        var start = 0;
        while (start < problem.Days)
        {
            var working = onDay[start] is not null;
            var end = start;
            while (end + 1 < problem.Days && (onDay[end + 1] is not null) == working)
            {
                end++;
            }
            var length = end - start + 1;
            var inside = start > 0 && end < problem.Days - 1;
            if (working && length > employee.MaxConsecutiveShifts)
            {
                violations.Add(new(employee.Id, start, "MaxConsecutiveShifts", $"{length} jours de travail d'affilée pour {employee.MaxConsecutiveShifts} au plus."));
            }
            if (working && inside && length < employee.MinConsecutiveShifts)
            {
                violations.Add(new(employee.Id, start, "MinConsecutiveShifts", $"{length} jour(s) de travail d'affilée pour {employee.MinConsecutiveShifts} au moins."));
            }
            if (!working && inside && length < employee.MinConsecutiveDaysOff)
            {
                violations.Add(new(employee.Id, start, "MinConsecutiveDaysOff", $"{length} jour(s) de repos d'affilée pour {employee.MinConsecutiveDaysOff} au moins."));
            }
            start = end + 1;
        }
    }
}
