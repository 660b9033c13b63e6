using DroitEmploi.Planning;

namespace DroitEmploi.UnitTests.Planning;

public class RunAutomatonTests
{
    private const int Days = 10;

    [Theory]
    [InlineData(5, 2, 2)]
    [InlineData(3, 1, 1)]
    [InlineData(4, 3, 2)]
    [InlineData(2, 2, 3)]
    [InlineData(6, 1, 3)]
    public void Accepts_exactly_the_work_patterns_the_checker_finds_within_the_run_rules(int maxRun, int minRun, int minOff)
    {
        var automaton = new RunAutomaton(maxRun, minRun, minOff);
        var employee = new RosterEmployee("A", 0, Days * 480, new Dictionary<string, int>(), maxRun, minRun, minOff, Days,
            new HashSet<int>(), new HashSet<string>());
        var problem = new RosterProblem(Days, [new ShiftType("D", 480, [])], [employee], [], []);
        var runRules = new[] { "MaxConsecutiveShifts", "MinConsecutiveShifts", "MinConsecutiveDaysOff" };

        for (var pattern = 0; pattern < 1 << Days; pattern++)
        {
            var worked = Enumerable.Range(0, Days).Select(d => (pattern >> d & 1) == 1).ToArray();
            var assignments = Enumerable.Range(0, Days).Where(d => worked[d]).Select(d => new Assignment("A", d, "D")).ToList();
            var withinRules = !RosterChecker.Check(problem, assignments).Violations.Any(v => runRules.Contains(v.Rule));
            Assert.True(withinRules == automaton.Accepts(worked), $"{string.Concat(worked.Select(w => w ? 'X' : '.'))}: checker {withinRules}");
        }
    }
}
