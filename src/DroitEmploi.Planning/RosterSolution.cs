namespace DroitEmploi.Planning;

public sealed record RosterSolution(
    SolveStatus Status,
    IReadOnlyList<Assignment> Assignments,
    long? Objective,
    long BestBound,
    TimeSpan Elapsed,
    IReadOnlyList<UncoveredDemand> Uncovered,
    string? InfeasibilityReason)
{
    /// <summary>The needs no schedule can cover, whatever the search does (<see cref="UnavoidableNeeds"/>).</summary>
    public IReadOnlyList<UnavoidableShortfall> Unavoidable { get; init; } = [];

    /// <summary>How many of the uncovered needs the search left: those beyond the unavoidable ones.</summary>
    public int LeftUncovered => Math.Max(0, Uncovered.Sum(u => u.Missing) - Unavoidable.Sum(u => u.Missing));
}
