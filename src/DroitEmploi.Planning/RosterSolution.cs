namespace DroitEmploi.Planning;

public sealed record RosterSolution(
    SolveStatus Status,
    IReadOnlyList<Assignment> Assignments,
    long? Objective,
    long BestBound,
    TimeSpan Elapsed,
    IReadOnlyList<UncoveredDemand> Uncovered,
    string? InfeasibilityReason);
