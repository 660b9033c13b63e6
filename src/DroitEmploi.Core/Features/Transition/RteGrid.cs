using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// A CTE's terms from a date: the monthly RTE by household and other income, the supplements of its criteria of
/// ecological and social urgency, the ceilings of an investment and a training, the contribution rate profitable
/// activities pay into the pool, and the hours a year an RSA recipient may work under a convention. A version is never
/// changed: a new one starts on its date, and a grant keeps the version it was decided with.
/// </summary>
public class RteGrid : TrackedEntity
{
    public int Id { get; set; }
    public int CteId { get; set; }
    /// <summary>1, 2, 3… in the order the CTE adopted them.</summary>
    public int Number { get; set; }
    public DateOnly ValidFrom { get; set; }
    public List<RteGridRow> Rows { get; set; } = [];
    public List<UrgencyCriterion> Criteria { get; set; } = [];
    public decimal InvestmentCeiling { get; set; }
    public decimal TrainingCeiling { get; set; }
    public decimal PoolContributionRate { get; set; }
    public int? RsaHoursCap { get; set; }
    public string Source { get; set; } = "";

    /// <summary>The version in force on a date: the latest that started on or before it.</summary>
    public static RteGrid? InForce(IEnumerable<RteGrid> grids, int cteId, DateOnly date) =>
        grids.Where(g => g.CteId == cteId && g.ValidFrom <= date).OrderByDescending(g => g.ValidFrom).ThenByDescending(g => g.Number).FirstOrDefault();

    public static RteGrid Adopt(int cteId, int number, RteGridInput input)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var household in input.Rows.GroupBy(r => r.Household))
        {
            var ceilings = household.Select(r => r.OtherIncomeUpTo).ToList();
            if (ceilings.Count(c => c is null) > 1 || (ceilings.Contains(null) && ceilings[^1] is not null))
            {
                errors["rows"] = [$"Pour « {household.Key.French()} », seule la dernière ligne est sans plafond de revenus."];
            }
            else if (ceilings.Where(c => c is not null).Zip(ceilings.Where(c => c is not null).Skip(1)).Any(p => p.Second <= p.First))
            {
                errors["rows"] = [$"Pour « {household.Key.French()} », les plafonds des autres revenus vont croissant."];
            }
        }
        if (input.Criteria.Select(c => c.Code.Trim().ToUpperInvariant()).Distinct().Count() != input.Criteria.Count)
        {
            errors["criteria"] = ["Deux critères ont le même code."];
        }
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
        return new RteGrid
        {
            CteId = cteId,
            Number = number,
            ValidFrom = input.ValidFrom!.Value,
            Rows = input.Rows.Select(r => new RteGridRow { Household = r.Household, OtherIncomeUpTo = r.OtherIncomeUpTo, MonthlyAmount = r.MonthlyAmount }).ToList(),
            Criteria = input.Criteria.Select(c => new UrgencyCriterion { Code = c.Code.Trim().ToUpperInvariant(), Label = c.Label.Trim(), MonthlySupplement = c.MonthlySupplement }).ToList(),
            InvestmentCeiling = input.InvestmentCeiling,
            TrainingCeiling = input.TrainingCeiling,
            PoolContributionRate = input.PoolContributionRate,
            RsaHoursCap = input.RsaHoursCap,
            Source = input.Source.Trim(),
        };
    }

    /// <summary>The monthly income complement for a situation: the household's line for its other income, plus each criterion met.</summary>
    public decimal MonthlyAmountFor(Household household, decimal otherMonthlyIncome, IReadOnlyCollection<string> criteria)
    {
        var unknown = criteria.FirstOrDefault(code => Criteria.All(c => c.Code != code));
        if (unknown is not null)
        {
            throw ValidationFailedException.For("criteria", $"Le critère « {unknown} » n'est pas dans la grille n° {Number}.");
        }
        return Lookup(Rows, Criteria, household, otherMonthlyIncome, criteria)
            ?? throw ValidationFailedException.For("otherMonthlyIncome",
                $"La grille n° {Number} ne prévoit pas de RTE pour « {household.French()} » avec {otherMonthlyIncome.ToString("N2", French.Culture)} € d'autres revenus par mois.");
    }

    /// <summary>A grid's reading, shared by the decision and the form's preview: none if no line fits the household and income.</summary>
    public static decimal? Lookup(IReadOnlyList<RteGridRow> rows, IReadOnlyList<UrgencyCriterion> criteria, Household household, decimal otherMonthlyIncome, IReadOnlyCollection<string> codes)
    {
        var row = rows.Where(r => r.Household == household).FirstOrDefault(r => r.OtherIncomeUpTo is null || otherMonthlyIncome <= r.OtherIncomeUpTo);
        return row is null ? null : row.MonthlyAmount + criteria.Where(c => codes.Contains(c.Code)).Sum(c => c.MonthlySupplement);
    }

    public decimal CeilingOf(GrantKind kind) => kind switch
    {
        GrantKind.Investment => InvestmentCeiling,
        GrantKind.Training => TrainingCeiling,
        _ => decimal.MaxValue,
    };
}
