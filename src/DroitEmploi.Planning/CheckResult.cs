namespace DroitEmploi.Planning;

public sealed record CheckResult(IReadOnlyList<RuleViolation> Violations, IReadOnlyList<BrokenWish> BrokenWishes, long CoverPenalty, long WishPenalty)
{
    public bool Feasible => Violations.Count == 0;
    public long Objective => CoverPenalty + WishPenalty;
}
