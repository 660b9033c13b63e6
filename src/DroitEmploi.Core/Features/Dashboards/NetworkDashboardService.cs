using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.CostBalance;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Dashboards;

/// <summary>
/// The network dashboard for funders and administrators: each territory's ambition, jobs created, people waiting and
/// median wait, ETP, hires, EBE, activities and turnover — read through the territories' own figures services.
/// </summary>
public sealed class NetworkDashboardService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, EmploymentFiguresService employment, PeopleFiguresService people,
    CostBalanceService balances, FiguresCache figures)
{
    /// <summary>Territories computed at once: each reads its own figures on its own connection.</summary>
    private const int Parallelism = 4;

    public async Task<NetworkDashboard> GetAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadNetworkDashboard();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today();
        if (!await db.Territories.AnyAsync(cancellationToken))
        {
            return new NetworkDashboard(today, []);
        }
        // Every set a line is computed from, stamped in a few queries: while none changed, the whole table is served again
        // instead of asking each territory's figures whether theirs did.
        var stamp = (today,
            await DataStamp.OfAsync(db.Territories, cancellationToken),
            await DataStamp.OfAsync(db.Territories, db.EmploymentContracts, db.People, db.DatedParameters, cancellationToken),
            await DataStamp.OfAsync(db.Territories, db.Organisations, db.Invoices, db.Activities, cancellationToken),
            await DataStamp.OfAsync(db.CostBalanceAssumptions, cancellationToken));
        // A change somewhere in the network recomputes every line, which takes seconds at a hundred territories: the last
        // table is shown meanwhile, saying so, rather than making the reader wait.
        var (dashboard, stale) = await figures.GetOrRefreshAsync("network-dashboard", stamp, () => ComputeAsync(scope, today, CancellationToken.None));
        return dashboard with { Refreshing = stale };
    }

    private async Task<NetworkDashboard> ComputeAsync(AccessScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territories = await db.Territories.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var running = Activity.Running.ToList();
        var activities = (await db.Activities.AsNoTracking().Where(a => running.Contains(a.Status)).Select(a => a.TerritoryId).ToListAsync(cancellationToken))
            .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var lines = new TerritoryLine[territories.Count];
        await Parallel.ForEachAsync(territories.Select((t, i) => (t.Id, t.Name, Index: i)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (territory, token) =>
            {
                await using var own = await dbFactory.CreateDbContextAsync(token);
                lines[territory.Index] = await LineAsync(own, scope, territory.Id, territory.Name, activities.GetValueOrDefault(territory.Id), today, token);
            });
        return new NetworkDashboard(today, lines.OrderBy(l => l.Name, StringComparer.Create(French.Culture, true)).ToList()) { ComputedAt = clock.GetUtcNow().UtcDateTime };
    }

    /// <summary>One territory's dashboard: the same line the network compares, read by those who read the territory.</summary>
    public async Task<TerritoryLine> ForTerritoryAsync(AccessScope scope, int territoryId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(territoryId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territory = await db.Territories.RequireAsync(territoryId, cancellationToken);
        var running = Activity.Running.ToList();
        var activities = await db.Activities.AsNoTracking().CountAsync(a => a.TerritoryId == territoryId && running.Contains(a.Status), cancellationToken);
        return await LineAsync(db, scope, territory.Id, territory.Name, activities, clock.Today(), cancellationToken);
    }

    /// <summary>A territory's line; its running activities are counted by the caller, once for the whole network.</summary>
    private async Task<TerritoryLine> LineAsync(AppDbContext db, AccessScope scope, int territoryId, string name, int activities, DateOnly today, CancellationToken cancellationToken)
    {
        var jobs = await employment.ForTerritoryAsync(scope, territoryId, cancellationToken);
        var waiting = await people.ForTerritoryAsync(scope, territoryId, cancellationToken);
        var companies = await TerritoryQueries.EmploymentCompanyIdsAsync(db, territoryId, cancellationToken);
        var turnover = await Turnover.OfAsync(db, companies, new DateOnly(today.Year, 1, 1), today, cancellationToken);
        var balance = (await balances.GetAsync(scope, territoryId, today.Year, cancellationToken)).Figures;
        return new TerritoryLine(territoryId, name, jobs.AmbitionJobs, jobs.AmbitionDate, jobs.JobsCreated,
            jobs.AmbitionJobs is > 0 and var ambition ? Math.Round((decimal)jobs.JobsCreated / ambition, 3) : null,
            waiting.Waiting, waiting.MedianWaitingDays, jobs.Headcount, jobs.EtpThisMonth, jobs.ByMonth.Sum(m => m.Hires), companies.Count,
            activities, turnover, balance.PublicCost.Total, balance.Views[1].Avoided);
    }

    public async Task<ExportedFile> ExportAsync(AccessScope scope, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var dashboard = await GetAsync(scope, cancellationToken);
        string[] headers = ["Territoire", "Ambition (emplois en EBE)", "Échéance", "Emplois créés", "Part de l'ambition", "En attente", "Attente médiane (jours)",
            "Salarié·es", "ETP du mois", "Embauches (12 mois)", "EBE", "Activités", "Chiffre d'affaires de l'année (€)",
            "Coût public des emplois de l'année (€)", "Coûts évités, vue centrale (€)", "Coût public net, vue centrale (€)"];
        return TableExport.Write(format, $"reseau-{dashboard.At:yyyy-MM-dd}", headers, dashboard.Territories.Select(t => new object?[]
        {
            t.Name, t.AmbitionJobs, t.AmbitionDate, t.JobsCreated, t.AmbitionShare, t.Waiting, t.MedianWaitingDays, t.Headcount, t.EtpThisMonth,
            t.HiresLast12Months, t.EmploymentCompanies, t.Activities, t.TurnoverThisYear, t.PublicCostThisYear, t.AvoidedCentralThisYear, t.NetPublicCostThisYear,
        }));
    }
}
