using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>The cost-of-unemployment balance of a territory and a year, and the CLE team's assumptions for it.</summary>
public sealed class CostBalanceService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, FiguresCache figures)
{
    public async Task<TerritoryCostBalance> GetAsync(AccessScope scope, int territoryId, int? year, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(territoryId);
        var chosen = ChosenYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territory = await db.Territories.RequireAsync(territoryId, cancellationToken);
        var balance = await ComputeCachedAsync(db, territory, chosen, cancellationToken);
        return balance with { CanEditAssumptions = scope.CanManageTerritory(territoryId) };
    }

    public async Task<TerritoryCostBalance> SetAssumptionsAsync(AccessScope scope, int territoryId, int? year, CostBalanceAssumptionsInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanReadTerritory(territoryId);
        if (!scope.CanManageTerritory(territoryId))
        {
            throw new ForbiddenException("Seule l'équipe projet du CLE écrit les hypothèses du bilan.");
        }
        var chosen = ChosenYear(year);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var territory = await db.Territories.RequireAsync(territoryId, cancellationToken);
        var assumptions = await db.CostBalanceAssumptions.SingleOrDefaultAsync(a => a.TerritoryId == territoryId, cancellationToken);
        if (assumptions is null)
        {
            assumptions = new CostBalanceAssumptions { TerritoryId = territoryId };
            db.CostBalanceAssumptions.Add(assumptions);
        }
        else
        {
            db.ExpectVersion(assumptions, input.Version ?? assumptions.Version);
        }
        assumptions.Set(input);
        await db.SaveChangesAsync(cancellationToken);
        var balance = await ComputeCachedAsync(db, territory, chosen, cancellationToken);
        return balance with { CanEditAssumptions = true };
    }

    /// <summary>The balance as a file: the three views, then the components with their sources.</summary>
    public async Task<ExportedFile> ExportAsync(AccessScope scope, int territoryId, int? year, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var balance = await GetAsync(scope, territoryId, year, cancellationToken);
        var f = balance.Figures;
        string[] headers = ["Ligne", "Par personne et par an (€)", "Personnes-années", "Montant (€)", "Source"];
        var rows = f.Views.Select(v => new object?[] { $"Coûts évités, vue {v.Name.ToLowerInvariant()}", v.AvoidedPerPerson, f.PersonYears, v.Avoided, v.Source })
            .Concat(f.Views.Select(v => new object?[] { $"Coût public net, vue {v.Name.ToLowerInvariant()}", null, null, v.NetPublicCost, v.Method }))
            .Concat(f.Components.Select(c => new object?[] { c.Label, c.PerPersonYear, c.PersonYears, c.Amount, c.Source }))
            .Concat(
            [
                ["Contribution de l'État", null, null, f.PublicCost.State, "Relevé de financement des EBE"],
                ["Part du département", null, null, f.PublicCost.Department, "Relevé de financement des EBE"],
                ["Dotation d'amorçage", null, null, f.PublicCost.SeedGrant, "Relevé de financement des EBE, au 31 décembre"],
                ["Chiffre d'affaires des EBE", null, null, balance.Revenue, "Factures émises, avoirs déduits"],
            ]);
        return TableExport.Write(format, $"bilan-{SearchText.Fold(balance.TerritoryName).Replace(' ', '-')}-{balance.Year}", headers, rows);
    }

    private int ChosenYear(int? year)
    {
        var chosen = year ?? clock.Today().Year;
        if (chosen < 2016 || chosen > clock.Today().Year)
        {
            throw ValidationFailedException.For("year", $"Le bilan porte sur une année de 2016 à {clock.Today().Year}.");
        }
        return chosen;
    }

    private async Task<TerritoryCostBalance> ComputeCachedAsync(AppDbContext db, Territory territory, int year, CancellationToken cancellationToken)
    {
        var contracts = db.EmploymentContracts.Where(c => c.TerritoryId == territory.Id);
        // The territory's EBE as the directory links them, as the revenue line reads them.
        var companies = await TerritoryQueries.EmploymentCompanyIdsAsync(db, territory.Id, cancellationToken);
        var stamp = (clock.Today(), territory.Version, string.Join(',', companies),
            await DataStamp.OfAsync(db.Territories.Where(t => t.Id == territory.Id), contracts, db.People.Where(p => p.TerritoryId == territory.Id), db.DatedParameters, cancellationToken),
            await DataStamp.OfAsync(db.CostBalanceAssumptions.Where(a => a.TerritoryId == territory.Id), cancellationToken),
            await DataStamp.OfAsync(db.Invoices.Where(i => companies.Contains(i.OrganisationId)), cancellationToken));
        return await figures.GetAsync(("cost-balance", territory.Id, year), stamp, () => ComputeAsync(db, territory, year, cancellationToken));
    }

    private async Task<TerritoryCostBalance> ComputeAsync(AppDbContext db, Territory territory, int year, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var from = new DateOnly(year, 1, 1);
        var complete = year < today.Year;
        var to = complete ? new DateOnly(year, 12, 31) : today;
        var contracts = await db.EmploymentContracts.AsNoTracking().Include(c => c.Amendments).Include(c => c.Suspensions).AsSplitQuery()
            .Where(c => c.TerritoryId == territory.Id && c.StartDate <= to && (c.ExitDate == null || c.ExitDate >= new DateOnly(year - 1, 12, 1)))
            .ToListAsync(cancellationToken);
        var personIds = contracts.Where(c => c.PersonId is not null).Select(c => c.PersonId!.Value).Distinct().ToList();
        var supports = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.IncomeSupport })
            .ToDictionaryAsync(p => p.Id, p => p.IncomeSupport, cancellationToken);
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);

        // People deprived of employment only: supervisory staff who are not PPDE avoided no cost by being hired.
        var yearShare = CostBalanceRules.ShareOfYear(from, null, from, new DateOnly(year, 12, 31));
        var hired = contracts.Where(c => !c.IsSupervisoryNonPpde)
            .GroupBy(c => c.PersonId is { } id ? $"p{id}" : $"c{c.Id}")
            .Select(g => new HiredPersonYear(
                g.First().PersonId is { } id ? supports.GetValueOrDefault(id, IncomeSupport.None) : null,
                Math.Min(yearShare, g.Sum(c => CostBalanceRules.ShareOfYear(c.StartDate, c.ExitDate, from, to)))))
            .Where(p => p.PersonYears > 0).ToList();

        decimal state = 0, department = 0, seed = 0, etpMonths = 0;
        var months = complete ? 12 : today.Month;
        foreach (var company in contracts.GroupBy(c => c.OrganisationId))
        {
            var facts = company.Select(ContractFacts.Of).ToList();
            for (var month = 1; month <= months; month++)
            {
                var figures = FundingRules.Month(facts, year, month, FundingRates.On(parameters, new DateOnly(year, month, 1)));
                state += figures.StateAmount;
                department += figures.DepartmentAmount;
                etpMonths += figures.Etp - figures.SupervisoryEtp;
            }
            if (complete)
            {
                var december = FundingRules.Month(facts, year, 12, FundingRates.On(parameters, new DateOnly(year, 12, 1)));
                var previous = FundingRules.Month(facts, year - 1, 12, FundingRates.On(parameters, new DateOnly(year - 1, 12, 1)));
                seed += FundingRules.SeedGrant(december.Etp, previous.Etp, parameters.ValueOn(ParameterCatalogue.SeedGrantShareOfAnnualSmic, to),
                    parameters.ValueOn(ParameterCatalogue.SmicHourly, to), parameters.ValueOn(ParameterCatalogue.MonthlyFullTimeHours, to)).Amount;
            }
        }
        var publicCost = new PublicCost(FundingRules.Cents(state), FundingRules.Cents(department), FundingRules.Cents(seed));

        var assumptions = await db.CostBalanceAssumptions.AsNoTracking().SingleOrDefaultAsync(a => a.TerritoryId == territory.Id, cancellationToken);
        var national = AvoidedCostRates.On(parameters, from);
        var rates = assumptions?.Apply(national) ?? national;
        var balance = CostBalanceRules.Compute(hired, etpMonths / 12, publicCost, rates);

        var companies = await TerritoryQueries.EmploymentCompanyIdsAsync(db, territory.Id, cancellationToken);
        var revenue = await Turnover.OfAsync(db, companies, from, to, cancellationToken);
        return new TerritoryCostBalance(territory.Id, territory.Name, year, from, to, complete, companies.Count, balance, revenue,
            new CostBalanceAssumptionsInput
            {
                EmploymentServices = assumptions?.EmploymentServices,
                Health = assumptions?.Health,
                Housing = assumptions?.Housing,
                LostContributions = assumptions?.LostContributions,
                Source = assumptions?.Source,
                Version = assumptions?.Version,
            }, false);
    }
}
