using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A portage structure's terms from a date: its contribution on gross margin (turnover − direct costs) by brackets
/// of the year's cumulative margin — one table for activities, one for training — an optional fixed monthly fee,
/// and the day of the month pay requests must reach it. A new version starts on its date and never changes
/// an earlier month; the one in force on a date is read by <see cref="InForce"/>.
/// </summary>
public class ContributionSchedule : TrackedEntity
{
    public int Id { get; set; }
    public int PortageId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public ContributionMode Mode { get; set; }
    public List<ContributionBracket> Brackets { get; set; } = [];
    public List<ContributionBracket> TrainingBrackets { get; set; } = [];
    public decimal MonthlyFee { get; set; }
    /// <summary>The fee is waived for cooperants on a social minimum (RSA, ASS, AAH), as some CAE do.</summary>
    public bool FeeWaivedOnMinimumIncome { get; set; }
    public int CutOffDay { get; set; } = 20;
    public string Source { get; set; } = "";

    /// <summary>The version in force on a date: the latest that started on or before it.</summary>
    public static ContributionSchedule? InForce(IEnumerable<ContributionSchedule> schedules, int portageId, DateOnly date) =>
        schedules.Where(s => s.PortageId == portageId && s.ValidFrom <= date).OrderByDescending(s => s.ValidFrom).ThenByDescending(s => s.Id).FirstOrDefault();

    /// <summary>The contribution due on a year's cumulative margin, unrounded (the month's is a difference of two).</summary>
    public decimal OnCumulative(decimal margin, bool training)
    {
        var brackets = training && TrainingBrackets.Count > 0 ? TrainingBrackets : Brackets;
        if (margin <= 0 || brackets.Count == 0)
        {
            return 0m;
        }
        if (Mode == ContributionMode.Whole)
        {
            var reached = brackets.FirstOrDefault(b => b.UpTo is null || margin <= b.UpTo) ?? brackets[^1];
            return margin * reached.Rate;
        }
        var due = 0m;
        var floor = 0m;
        foreach (var bracket in brackets)
        {
            var ceiling = bracket.UpTo ?? decimal.MaxValue;
            if (margin <= floor)
            {
                break;
            }
            due += (Math.Min(margin, ceiling) - floor) * bracket.Rate;
            floor = ceiling;
        }
        return due;
    }

    /// <summary>
    /// The contribution of one month: what the year's margin through this month owes, less what it owed through the
    /// month before, rounded once to the cent — so that the months of a year add up to the year's contribution.
    /// </summary>
    public decimal ForMonth(decimal marginBefore, decimal marginOfMonth, bool training) =>
        Math.Round(OnCumulative(marginBefore + marginOfMonth, training), 2, MidpointRounding.AwayFromZero)
        - Math.Round(OnCumulative(marginBefore, training), 2, MidpointRounding.AwayFromZero);

    public decimal FeeFor(bool onMinimumIncome) => onMinimumIncome && FeeWaivedOnMinimumIncome ? 0m : MonthlyFee;

    public static ContributionSchedule Create(int portageId, ContributionScheduleInput input)
    {
        Check(input.Brackets, "brackets");
        Check(input.TrainingBrackets, "trainingBrackets");
        return new ContributionSchedule
        {
            PortageId = portageId,
            ValidFrom = input.ValidFrom!.Value,
            Mode = input.Mode,
            Brackets = input.Brackets.Select(b => new ContributionBracket { UpTo = b.UpTo, Rate = b.Rate }).ToList(),
            TrainingBrackets = input.TrainingBrackets.Select(b => new ContributionBracket { UpTo = b.UpTo, Rate = b.Rate }).ToList(),
            MonthlyFee = input.MonthlyFee,
            FeeWaivedOnMinimumIncome = input.FeeWaivedOnMinimumIncome,
            CutOffDay = input.CutOffDay,
            Source = input.Source.Trim(),
        };
    }

    /// <summary>Brackets rise, each above the one before, and only the last is open-ended.</summary>
    private static void Check(List<ContributionBracketInput> brackets, string field)
    {
        for (var i = 0; i < brackets.Count; i++)
        {
            var upTo = brackets[i].UpTo;
            if (upTo is null && i < brackets.Count - 1)
            {
                throw ValidationFailedException.For(field, "Seule la dernière tranche est sans plafond.");
            }
            if (upTo is not null && i > 0 && brackets[i - 1].UpTo is { } previous && upTo <= previous)
            {
                throw ValidationFailedException.For(field, "Chaque tranche commence où finit la précédente : les plafonds vont croissant.");
            }
        }
    }
}
