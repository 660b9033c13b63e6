namespace DroitEmploi.Planning;

public enum SolveStatus
{
    Optimal,
    Feasible,
    Infeasible,
    NoSolutionFound,
    Cancelled,
}
