namespace DroitEmploi.Core.Features.Transition;

public sealed record RteGridView(
    int Id, int Number, DateOnly ValidFrom, IReadOnlyList<RteGridRow> Rows, IReadOnlyList<UrgencyCriterion> Criteria,
    decimal InvestmentCeiling, decimal TrainingCeiling, decimal PoolContributionRate, int? RsaHoursCap, string Source, bool InForceToday)
{
    public static RteGridView Of(RteGrid grid, bool inForce) => new(grid.Id, grid.Number, grid.ValidFrom, grid.Rows, grid.Criteria,
        grid.InvestmentCeiling, grid.TrainingCeiling, grid.PoolContributionRate, grid.RsaHoursCap, grid.Source, inForce);

    public decimal? MonthlyAmountFor(Household household, decimal otherMonthlyIncome, IReadOnlyCollection<string> criteria) =>
        RteGrid.Lookup(Rows, Criteria, household, otherMonthlyIncome, criteria);
}
