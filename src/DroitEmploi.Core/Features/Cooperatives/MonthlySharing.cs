using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// The month's sharing of a KPA, computed from its collective lines: the one place that turns turnover and direct
/// costs into the contribution due to the portage structure and each cooperant's share, to the cent.
/// </summary>
public static class MonthlySharing
{
    public sealed record Member(int CooperantId, string Name, bool OnMinimumIncome);

    public static SharingStatement Compute(int kpaId, DateOnly month, SharingRule rule, IReadOnlyList<LedgerLine> collectiveLinesOfYear,
        ContributionSchedule? schedule, IReadOnlyList<Member> members, IReadOnlyDictionary<int, decimal>? hours = null, decimal? budget = null,
        bool applied = false, bool canApply = false)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var next = first.AddMonths(1);
        var yearStart = new DateOnly(month.Year, 1, 1);
        var ofMonth = collectiveLinesOfYear.Where(l => l.On >= first && l.On < next).ToList();
        var before = collectiveLinesOfYear.Where(l => l.On >= yearStart && l.On < first).ToList();

        static decimal Margin(IEnumerable<LedgerLine> lines, bool training) =>
            lines.Where(l => l.Training == training && l.Kind is LedgerLineKind.Turnover or LedgerLineKind.DirectCost).Sum(l => l.Amount);

        var turnover = ofMonth.Where(l => l.Kind == LedgerLineKind.Turnover).Sum(l => l.Amount);
        var directCosts = -ofMonth.Where(l => l.Kind == LedgerLineKind.DirectCost).Sum(l => l.Amount);
        var contribution = schedule is null ? 0m
            : schedule.ForMonth(Margin(before, false), Margin(ofMonth, false), false) + schedule.ForMonth(Margin(before, true), Margin(ofMonth, true), true);
        var fees = schedule is null ? 0m : members.Sum(m => schedule.FeeFor(m.OnMinimumIncome));
        var margin = turnover - directCosts;
        var result = margin - contribution - fees;

        var realised = members.Select(m => (m.CooperantId,
            Turnover: ofMonth.Where(l => l.Kind == LedgerLineKind.Turnover && l.RealisedById == m.CooperantId).Sum(l => l.Amount),
            Costs: -ofMonth.Where(l => l.Kind == LedgerLineKind.DirectCost && l.RealisedById == m.CooperantId).Sum(l => l.Amount),
            Hours: hours?.GetValueOrDefault(m.CooperantId) ?? 0m)).ToList();
        var shared = rule == SharingRule.ByHours ? Math.Max(0m, budget ?? 0m) : Math.Max(0m, result);
        var shares = Apportionment.Split(shared, realised.Select(r => (r.CooperantId, rule == SharingRule.ByHours ? r.Hours : r.Turnover)).ToList());
        var lines = members.Zip(realised, (m, r) => new SharingLine(m.CooperantId, m.Name, r.Turnover, r.Costs, r.Hours, shares.GetValueOrDefault(m.CooperantId)))
            .OrderByDescending(l => l.Share).ThenBy(l => l.Name, StringComparer.Create(French.Culture, true)).ToList();
        return new SharingStatement(kpaId, first, rule, turnover, directCosts, margin, Margin(before, false) + Margin(before, true),
            contribution, fees, result, lines.Sum(l => l.Share), lines, schedule?.Source, applied, canApply);
    }

    /// <summary>
    /// The lines a month's sharing posts, dated its last day: the contribution out of the collective balance, and each
    /// share out of it and into the cooperant's. A month with nothing to post still leaves one line, so it is shared once.
    /// </summary>
    public static IEnumerable<LedgerLine> LinesToPost(SharingStatement statement)
    {
        var end = statement.Month.AddMonths(1).AddDays(-1);
        var source = $"Partage de {statement.Month:MM/yyyy}";
        var due = statement.Contribution + statement.Fees;
        if (due != 0)
        {
            yield return new LedgerLine
            {
                KpaId = statement.KpaId,
                On = end,
                Kind = LedgerLineKind.Contribution,
                Amount = -due,
                SharingMonth = statement.Month,
                Label = $"Contribution à la structure de portage ({statement.Contribution:N2} € sur la marge{(statement.Fees > 0 ? $", forfaits {statement.Fees:N2} €" : "")})",
                Source = statement.Schedule ?? source,
            };
        }
        foreach (var line in statement.Lines.Where(l => l.Share != 0))
        {
            yield return new LedgerLine { KpaId = statement.KpaId, On = end, Kind = LedgerLineKind.Share, Amount = -line.Share, RealisedById = line.CooperantId, SharingMonth = statement.Month, Label = $"Part de {line.Name}", Source = source };
            yield return new LedgerLine { KpaId = statement.KpaId, CooperantId = line.CooperantId, On = end, Kind = LedgerLineKind.Share, Amount = line.Share, SharingMonth = statement.Month, Label = "Ma part du résultat du mois", Source = source };
        }
        if (due == 0 && statement.Lines.All(l => l.Share == 0))
        {
            yield return new LedgerLine { KpaId = statement.KpaId, On = end, Kind = LedgerLineKind.Share, Amount = 0m, SharingMonth = statement.Month, Label = "Rien à partager ce mois-ci", Source = source };
        }
    }

    /// <summary>A cost the members share (the phone line), split between those present that day to the cent.</summary>
    public static IEnumerable<LedgerLine> SharedCostLines(int kpaId, DateOnly on, decimal amount, string label, string source, IReadOnlyList<int> members) =>
        Apportionment.Split(amount, members.Select(m => (m, 1m)).ToList()).Select(part => new LedgerLine
        {
            KpaId = kpaId,
            CooperantId = part.Key,
            On = on,
            Kind = LedgerLineKind.SharedCost,
            Amount = -part.Value,
            Label = $"{label} (part de {members.Count})",
            Source = source,
        });

    /// <summary>The month's members: present on its last day, or who realised turnover in it before leaving.</summary>
    public static IReadOnlyList<Member> MembersOf(IEnumerable<Cooperant> cooperants, IReadOnlyDictionary<int, string> names, Kpa kpa, DateOnly month, IReadOnlyList<LedgerLine> collectiveLines)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var end = first.AddMonths(1).AddDays(-1);
        return cooperants
            .Where(c => collectiveLines.Any(l => l.On >= first && l.On <= end && l.RealisedById == c.Id) || c.SituationAt(kpa, end).Present)
            .Select(c => new Member(c.Id, names[c.Id], c.OnMinimumIncome)).ToList();
    }
}
