using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Transition;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>Aggregated figures of the KPA and CTE a user reads — the same scoping as their pages — and their export.</summary>
public sealed class CooperativeFiguresService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, KpaService kpas, CteService ctes, CtePoolService pool)
{
    public async Task<CooperativeFigures> ForAsync(AccessScope scope, int? year, CancellationToken cancellationToken = default)
    {
        if (year is < 2000 or > 2100)
        {
            throw ValidationFailedException.For("year", "L'année est comprise entre 2000 et 2100.");
        }
        var chosen = year ?? clock.Today().Year;
        var from = new DateOnly(chosen, 1, 1);
        var to = new DateOnly(chosen, 12, 31);
        var kpaViews = await kpas.ListAsync(scope, cancellationToken);
        var kpaIds = kpaViews.Select(k => k.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // SQLite sums no decimals: the lines are summed here.
        var turnover = (await db.LedgerLines.AsNoTracking().Where(l => kpaIds.Contains(l.KpaId) && l.Kind == LedgerLineKind.Turnover && l.On >= from && l.On <= to)
            .Select(l => new { l.KpaId, l.Amount }).ToListAsync(cancellationToken)).GroupBy(l => l.KpaId).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var kpaLines = kpaViews.Select(k => new KpaFiguresLine(k.Id, k.Name, k.City, k.Figures, turnover.GetValueOrDefault(k.Id))).ToList();

        var cteLines = new List<CteFiguresLine>();
        foreach (var cte in await ctes.ListAsync(scope, cancellationToken))
        {
            var statement = await pool.PoolAsync(scope, cte.Id, chosen, cancellationToken);
            cteLines.Add(new CteFiguresLine(cte.Id, cte.Name, cte.Territories, cte.Members, cte.Holders, statement.Allocated, statement.Resources,
                statement.Activities.Count(a => a.SpunOffOn is not null)));
        }
        return new CooperativeFigures(chosen, kpaLines, cteLines);
    }

    public async Task<ExportedFile> ExportAsync(AccessScope scope, int? year, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var figures = await ForAsync(scope, year, cancellationToken);
        string[] headers = ["Année", "Structure", "Type", "Présent·es ou sociétaires", "S'immerger", "Explorer", "Tester", "S'ouvrir", "Sorties", "Chiffre d'affaires ou RTE versés (€)"];
        var rows = figures.Kpas.Select(k => new object?[]
            {
                figures.Year, k.Name, "KPA", k.Figures.Present,
                k.Figures.ByStage.GetValueOrDefault(JourneyStage.Immerse), k.Figures.ByStage.GetValueOrDefault(JourneyStage.Explore),
                k.Figures.ByStage.GetValueOrDefault(JourneyStage.Test), k.Figures.ByStage.GetValueOrDefault(JourneyStage.OpenOut),
                k.Figures.ExitsByReason.Values.Sum(), k.Turnover,
            })
            .Concat(figures.Ctes.Select(c => new object?[] { figures.Year, c.Name, "CTE", c.Members, null, null, null, null, null, c.RtePaid }));
        return TableExport.Write(format, $"cooperatives-{figures.Year}", headers, rows);
    }
}
