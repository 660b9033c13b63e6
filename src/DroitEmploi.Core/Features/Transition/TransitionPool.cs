using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// The CTE pools gains and losses over a year: each profitable month of an activity pays the grid's contribution rate
/// in force that month (rounded once to the cent), each losing month's loss is borne by the pool, and outside grants
/// add to it. RTE payments are allocations from it and may never take more than it holds.
/// </summary>
public static class TransitionPool
{
    public static PoolStatement Compute(int cteId, int year, IReadOnlyCollection<CteActivity> activities, IReadOnlyCollection<RteGrid> grids,
        IReadOnlyCollection<PoolResource> resources, IReadOnlyCollection<RtePayment> payments)
    {
        var lines = new List<PoolActivityLine>();
        var monthlyContributions = new decimal[12];
        foreach (var activity in activities.OrderBy(a => a.Name, StringComparer.Create(French.Culture, true)))
        {
            var contribution = 0m;
            var loss = 0m;
            var result = 0m;
            foreach (var month in activity.Results.Where(r => r.Month.Year == year))
            {
                result += month.Result;
                if (month.Result > 0)
                {
                    var rate = RteGrid.InForce(grids, cteId, month.Month)?.PoolContributionRate ?? 0m;
                    var part = Math.Round(month.Result * rate, 2, MidpointRounding.AwayFromZero);
                    contribution += part;
                    monthlyContributions[month.Month.Month - 1] += part;
                }
                else
                {
                    loss -= month.Result;
                    monthlyContributions[month.Month.Month - 1] += month.Result;
                }
            }
            lines.Add(new PoolActivityLine(activity.Id, activity.Name, result, contribution, loss, activity.SpunOffOn));
        }
        var grants = resources.Where(r => r.On.Year == year).OrderBy(r => r.On)
            .Select(r => new PoolResourceView(r.Id, r.On, r.Kind, r.Kind.French(), r.Source, r.Amount)).ToList();
        var paid = payments.Where(p => p.Month.Year == year).ToList();
        var months = new List<PoolMonth>();
        decimal gathered = 0m, allocated = 0m;
        for (var m = 1; m <= 12; m++)
        {
            gathered += monthlyContributions[m - 1] + grants.Where(g => g.On.Month == m).Sum(g => g.Amount);
            allocated += paid.Where(p => p.Month.Month == m).Sum(p => p.Amount);
            months.Add(new PoolMonth(new DateOnly(year, m, 1), gathered, allocated));
        }
        var contributions = lines.Sum(l => l.Contribution);
        var losses = lines.Sum(l => l.Loss);
        var outside = grants.Sum(g => g.Amount);
        var total = contributions - losses + outside;
        var allocatedTotal = paid.Sum(p => p.Amount);
        return new PoolStatement(cteId, year, lines, grants, contributions, losses, outside, total, allocatedTotal, total - allocatedTotal, months);
    }

    /// <summary>The pool's invariant: what a month's payments take, added to what the year paid, stays within its resources.</summary>
    public static void EnsureCovers(PoolStatement pool, decimal amount, DateOnly month)
    {
        if (pool.Allocated + amount > pool.Resources)
        {
            throw new BusinessRuleException(
                $"La mise en commun de {pool.Year} dispose de {Math.Max(pool.Available, 0m).ToString("N2", French.Culture)} € : les RTE de {month.ToString("MMMM yyyy", French.Culture)} " +
                $"demandent {amount.ToString("N2", French.Culture)} €. Enregistrez d'abord les résultats des activités ou les subventions reçues.");
        }
    }
}
