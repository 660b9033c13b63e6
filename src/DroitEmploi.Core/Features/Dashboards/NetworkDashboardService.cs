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
    CostBalanceService balances)
{
    public async Task<NetworkDashboard> GetAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadNetworkDashboard();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today();
        var territories = await db.Territories.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var running = Activity.Running.ToList();
        var activities = (await db.Activities.AsNoTracking().Where(a => running.Contains(a.Status)).Select(a => a.TerritoryId).ToListAsync(cancellationToken))
            .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var lines = new List<TerritoryLine>();
        foreach (var territory in territories.OrderBy(t => t.Name, StringComparer.Create(French.Culture, true)))
        {
            var jobs = await employment.ForTerritoryAsync(scope, territory.Id, cancellationToken);
            var waiting = await people.ForTerritoryAsync(scope, territory.Id, cancellationToken);
            var companies = await TerritoryQueries.EmploymentCompanyIdsAsync(db, territory.Id, cancellationToken);
            var turnover = await Turnover.OfAsync(db, companies, new DateOnly(today.Year, 1, 1), today, cancellationToken);
            var balance = (await balances.GetAsync(scope, territory.Id, today.Year, cancellationToken)).Figures;
            lines.Add(new TerritoryLine(territory.Id, territory.Name, jobs.AmbitionJobs, jobs.AmbitionDate, jobs.JobsCreated,
                jobs.AmbitionJobs is > 0 and var ambition ? Math.Round((decimal)jobs.JobsCreated / ambition, 3) : null,
                waiting.Waiting, waiting.MedianWaitingDays, jobs.Headcount, jobs.EtpThisMonth, jobs.ByMonth.Sum(m => m.Hires), companies.Count,
                activities.GetValueOrDefault(territory.Id), turnover,
                balance.PublicCost.Total, balance.Views[1].Avoided));
        }
        return new NetworkDashboard(today, lines);
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
