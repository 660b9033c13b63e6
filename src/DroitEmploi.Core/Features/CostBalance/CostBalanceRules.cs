using DroitEmploi.Core.Features.People;
using static DroitEmploi.Core.Features.Employment.FundingRules;

namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>
/// The cost-of-unemployment balance (decision 0019). Central view: each person hired stops costing, for the share of
/// the year under contract, the benefit recorded before the hire plus the costs every person deprived of employment
/// carries (employment services, health, housing, lost contributions and taxes). Low and high views: the scientific
/// committee's published avoided costs per ETP. Each is set against what the jobs cost the public.
/// </summary>
public static class CostBalanceRules
{
    public static CostBalanceFigures Compute(IReadOnlyList<HiredPersonYear> people, decimal etpYears, PublicCost publicCost, AvoidedCostRates rates)
    {
        var personYears = people.Sum(p => p.PersonYears);
        var components = new List<CostBalanceComponent>();
        foreach (var benefit in new[] { rates.Rsa, rates.Ass, rates.Aah, rates.Are })
        {
            var years = people.Where(p => rates.Benefit(p.Support)?.Key == benefit.Key).Sum(p => p.PersonYears);
            if (years > 0)
            {
                components.Add(Component(benefit, years));
            }
        }
        components.AddRange(rates.Common.Select(c => Component(c, personYears)));
        // Each line is rounded once, and the total is the sum of the lines shown: the page adds up to the cent.
        var central = components.Sum(c => c.Amount);

        var low = Cents(rates.AvoidedLowPerEtp.Value * etpYears);
        var high = Cents(rates.AvoidedHighPerEtp.Value * etpYears);
        var views = new List<CostBalanceView>
        {
            View("Basse", "Coûts évités par ETP, borne basse du comité scientifique, × les ETP de l'année", low, publicCost, etpYears, personYears, rates.AvoidedLowPerEtp.Source),
            View("Centrale", "Par composante : minima sociaux enregistrés avant l'embauche et coûts de la privation d'emploi, au prorata du temps sous contrat",
                central, publicCost, etpYears, personYears, "chaque composante cite la sienne, dans le tableau des composantes"),
            View("Haute", "Coûts évités par ETP, borne haute du comité scientifique, × les ETP de l'année", high, publicCost, etpYears, personYears, rates.AvoidedHighPerEtp.Source),
        };

        var bySupport = people.GroupBy(p => p.Support).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key).Select(g =>
        {
            var years = g.Sum(p => p.PersonYears);
            var rate = (rates.Benefit(g.Key)?.Value ?? 0) + rates.Common.Sum(c => c.Value);
            return new SupportGroupLine(g.Key, g.Key is { } support ? (support == IncomeSupport.None ? "Aucun minimum social" : support.French()) : "Hors registre",
                g.Count(), Math.Round(years, 4), rate, Cents(rate * years));
        }).ToList();

        return new CostBalanceFigures(people.Count, Math.Round(personYears, 4), Math.Round(etpYears, 4), publicCost, components, views, bySupport,
            Cents(rates.NetPublicCostLowPerEtp.Value * etpYears), Cents(rates.NetPublicCostHighPerEtp.Value * etpYears), rates.NetPublicCostLowPerEtp.Source,
            Cents(rates.AtdPerPerson.Value * personYears), rates.AtdPerPerson.Source);
    }

    /// <summary>The share of a year a contract covers between two dates of that year (both included).</summary>
    public static decimal ShareOfYear(DateOnly contractStart, DateOnly? contractExit, DateOnly from, DateOnly to)
    {
        var start = contractStart > from ? contractStart : from;
        var end = contractExit is { } exit && exit < to ? exit : to;
        if (end < start)
        {
            return 0;
        }
        var daysInYear = DateTime.IsLeapYear(from.Year) ? 366 : 365;
        return (decimal)(end.DayNumber - start.DayNumber + 1) / daysInYear;
    }

    private static CostBalanceComponent Component(Parameters.SourcedValue rate, decimal personYears) =>
        new(rate.Key, rate.Label, rate.Value, Math.Round(personYears, 4), Cents(rate.Value * personYears), rate.Source);

    private static CostBalanceView View(string name, string method, decimal avoided, PublicCost cost, decimal etpYears, decimal personYears, string source) =>
        new(name, method, avoided, cost.Total - avoided, etpYears == 0 ? null : Cents(avoided / etpYears), personYears == 0 ? null : Cents(avoided / personYears), source);
}
