namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// The cooperatives a user may read, across territories for funders and administrators: each KPA's cooperants by stage,
/// exits by reason and turnover cashed in the year; each CTE's members, holders and RTE paid; and the totals.
/// </summary>
public sealed record CooperativeFigures(int Year, IReadOnlyList<KpaFiguresLine> Kpas, IReadOnlyList<CteFiguresLine> Ctes)
{
    public int Cooperants => Kpas.Sum(k => k.Figures.Present);
    public decimal Turnover => Kpas.Sum(k => k.Turnover);
    public int Holders => Ctes.Sum(c => c.Holders);
    public decimal RtePaid => Ctes.Sum(c => c.RtePaid);
}
