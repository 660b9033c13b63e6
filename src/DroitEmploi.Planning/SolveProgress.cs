namespace DroitEmploi.Planning;

/// <summary>
/// A better schedule found: its cost, the best bound proved so far, and, when the search that found it
/// has it at hand, the schedule itself (the application shows the first one while the search goes on).
/// </summary>
public sealed record SolveProgress(long Objective, long BestBound, TimeSpan Elapsed, int SolutionsFound)
{
    public IReadOnlyList<Assignment>? Assignments { get; init; }
}
