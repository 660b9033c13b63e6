namespace DroitEmploi.Planning;

public sealed record SolveProgress(long Objective, long BestBound, TimeSpan Elapsed, int SolutionsFound);
