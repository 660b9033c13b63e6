namespace DroitEmploi.Planning.Columns;

/// <summary>
/// Each person's pricing, built once on first use and shared by the searches that take turns with
/// it: the construction, then the person-by-person search (building them takes seconds on the
/// largest models: Instance 24's 150 people over 364 days with 32 shift types). Not for two threads at once.
/// </summary>
internal sealed class PersonPricings(RosterProblem problem)
{
    private readonly EmployeePricing?[] _each = new EmployeePricing?[problem.Employees.Count];

    public Eligibility Eligibility { get; } = new(problem);

    public int Count => _each.Length;

    public EmployeePricing this[int e] => _each[e] ??= new EmployeePricing(problem, e, Eligibility);
}
