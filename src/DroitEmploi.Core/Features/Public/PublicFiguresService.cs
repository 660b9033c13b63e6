using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.CostBalance;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Public;

/// <summary>
/// The public figures of a territory, read without an account. They are computed by the same services the territory's
/// own pages use, as the platform, and pass through <see cref="DisclosureControl"/> before anything leaves.
/// </summary>
public sealed class PublicFiguresService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, EmploymentFiguresService employment, ActivityService activities,
    CostBalanceService balances)
{
    public async Task<IReadOnlyList<PublicTerritory>> TerritoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territories = await db.Territories.AsNoTracking().Select(t => new PublicTerritory(t.Id, t.Name)).ToListAsync(cancellationToken);
        return territories.OrderBy(t => t.Name, StringComparer.Create(French.Culture, true)).ToList();
    }

    public async Task<PublicTerritoryFigures> ForTerritoryAsync(int territoryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territory = await db.Territories.RequireAsync(territoryId, cancellationToken);
        var today = clock.Today();
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);
        var threshold = (int)parameters.ValueOn(ParameterCatalogue.PublicMinimumCount, today);
        var minimumOrganisations = (int)parameters.ValueOn(ParameterCatalogue.PublicMinimumOrganisations, today);
        var figures = await employment.ForTerritoryAsync(AccessScope.System, territoryId, cancellationToken);

        var quarters = figures.ByMonth.GroupBy(m => Quarter(m.Month)).ToList();
        var movements = DisclosureControl.Protect(new CountTable("Embauches et sorties par trimestre (12 derniers mois)",
            quarters.Select(q => q.Key).ToList(), ["Embauches", "Sorties"],
            quarters.Select(q => new[] { q.Sum(m => m.Hires), q.Sum(m => m.Exits) }).ToArray()), threshold);

        var waiting = await db.People.AsNoTracking().Waiting(territoryId).Select(p => new { p.Sex, p.BirthDate }).ToListAsync(cancellationToken);
        (Sex Sex, string Label)[] sexes = [(Sex.Female, "Femmes"), (Sex.Male, "Hommes"), (Sex.Unspecified, "Non renseigné")];
        var bySexAndAge = DisclosureControl.Protect(new CountTable("Personnes en attente par sexe et par âge",
            sexes.Select(s => s.Label).ToList(), PopulationStatistics.AgeBands.Select(b => b.Band).ToList(),
            sexes.Select(s => PopulationStatistics.CountByAgeBand(waiting.Where(p => p.Sex == s.Sex).Select(p => Clock.AgeOn(p.BirthDate, today)).ToList())
                .Select(b => b.Count).ToArray()).ToArray()),
            threshold);

        var companies = await TerritoryQueries.EmploymentCompanyIdsAsync(db, territoryId, cancellationToken);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var turnover = await Turnover.OfAsync(db, companies, yearStart, today, cancellationToken);

        var balance = (await balances.GetAsync(AccessScope.System, territoryId, today.Year, cancellationToken)).Figures;
        PublicAmount Protected(string label, decimal amount) => new(label, DisclosureControl.Amount(amount, companies.Count, minimumOrganisations), companies.Count);
        IReadOnlyList<PublicAmount> costBalance =
        [
            Protected($"Coût public des emplois en {today.Year} (État, département, dotation d'amorçage)", balance.PublicCost.Total),
            .. balance.Views.Select(v => Protected($"Coûts de la privation d'emploi évités, vue {v.Name.ToLowerInvariant()}", v.Avoided)),
        ];

        var ambition = territory.AmbitionOn(today);
        return new PublicTerritoryFigures(territory.Id, territory.Name, today, threshold, minimumOrganisations,
            ambition?.JobsInEmploymentCompanies, ambition?.TargetDate,
            DisclosureControl.Count(figures.JobsCreated, threshold), DisclosureControl.Count(waiting.Count, threshold), companies.Count,
            movements, bySexAndAge,
            new PublicAmount($"Chiffre d'affaires des EBE en {today.Year}", DisclosureControl.Amount(turnover, companies.Count, minimumOrganisations), companies.Count),
            costBalance, await activities.PublicRegisterAsync(territoryId, cancellationToken));
    }

    private static string Quarter(string month)
    {
        var year = int.Parse(month[..4], System.Globalization.CultureInfo.InvariantCulture);
        var number = int.Parse(month[5..7], System.Globalization.CultureInfo.InvariantCulture);
        return $"T{(number + 2) / 3} {year}";
    }
}
