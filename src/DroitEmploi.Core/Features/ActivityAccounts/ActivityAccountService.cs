using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.Planning;
using DroitEmploi.Core.Features.SharedCosts;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>An EBE's activity accounts and budget: revenue from its invoices, purchases, labour from schedules and contracts, overheads, funding.</summary>
public sealed class ActivityAccountService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, FundingService funding, SharedCostService sharedCosts)
{
    public async Task<ActivityAccounts> GetAsync(AccessScope scope, int organisationId, int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanReadOrganisationFigures(OrganisationAccess.Of(organisation));
        var today = clock.Today();
        if (year < 2016 || year > today.Year)
        {
            throw ValidationFailedException.For("year", $"Les comptes portent sur une année passée ou l'année en cours, de 2016 à {today.Year}.");
        }
        return await ComputeAsync(db, scope, organisation, year, cancellationToken);
    }

    public async Task<BudgetView> BudgetAsync(AccessScope scope, int organisationId, int year, CancellationToken cancellationToken = default)
    {
        EnsureBudgetYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanReadOrganisationFigures(OrganisationAccess.Of(organisation));
        return await BudgetViewAsync(db, scope, organisation, year, cancellationToken);
    }

    public async Task<BudgetView> SetBudgetAsync(AccessScope scope, int organisationId, int year, BudgetInput input, CancellationToken cancellationToken = default)
    {
        EnsureBudgetYear(year);
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanManageOrganisation(OrganisationAccess.Of(organisation), "Seule la direction de la structure écrit son budget.");
        var activityIds = await db.Activities.Where(a => a.OrganisationId == organisationId).Select(a => a.Id).ToListAsync(cancellationToken);
        var budget = await db.ActivityBudgets.Include(b => b.Lines).SingleOrDefaultAsync(b => b.OrganisationId == organisationId && b.Year == year, cancellationToken);
        if (budget is null)
        {
            budget = new ActivityBudget { OrganisationId = organisationId, Year = year };
            db.ActivityBudgets.Add(budget);
        }
        else
        {
            db.ExpectVersion(budget, input.Version ?? budget.Version);
        }
        budget.Set(input, activityIds);
        await db.SaveChangesAsync(cancellationToken);
        return await BudgetViewAsync(db, scope, organisation, year, cancellationToken);
    }

    /// <summary>The year's accounts as a file: one row per activity and month, then the year's totals.</summary>
    public async Task<ExportedFile> ExportAsync(AccessScope scope, int organisationId, int year, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var accounts = await GetAsync(scope, organisationId, year, cancellationToken);
        string[] headers = ["Mois", "Activité", "Pôle", "Chiffre d'affaires (€)", "Coûts directs (€)", "Masse salariale (€)", "Frais de structure (€)", "Résultat (€)",
            "Heures", "ETP", "Financement public (€)", "Résultat après financement (€)"];
        object?[] Row(string month, ActivityResult a) =>
            [month, a.Name, a.Division, a.Revenue, a.DirectCosts, a.Labour, a.Overheads, a.Result, a.Hours, a.Etp, a.Funding, a.ResultAfterFunding];
        var rows = accounts.Months.SelectMany(m => m.Activities.Select(a => Row($"{year}-{m.Month:00}", a)))
            .Concat(accounts.Totals.Select(a => Row($"{year}", a)));
        return TableExport.Write(format, $"comptes-activites-{SearchText.Fold(accounts.OrganisationName).Replace(' ', '-')}-{year}", headers, rows);
    }

    private static void EnsureBudgetYear(int year)
    {
        if (year is < 2016 or > 2100)
        {
            throw ValidationFailedException.For("year", "L'année s'écrit sur 4 chiffres, par exemple 2026.");
        }
    }

    private async Task<BudgetView> BudgetViewAsync(AppDbContext db, AccessScope scope, Organisation organisation, int year, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (year <= today.Year)
        {
            return (await ComputeAsync(db, scope, organisation, year, cancellationToken)).Budget;
        }
        var activities = await ActivitiesAsync(db, organisation.Id, cancellationToken);
        return await CompareBudgetAsync(db, scope, organisation, year, activities, 0, [], cancellationToken);
    }

    private async Task<ActivityAccounts> ComputeAsync(AppDbContext db, AccessScope scope, Organisation organisation, int year, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var monthsCounted = year < today.Year ? 12 : today.Month;
        var to = year < today.Year ? new DateOnly(year, 12, 31) : today;
        var from = new DateOnly(year, 1, 1);
        var organisationId = organisation.Id;
        var activities = await ActivitiesAsync(db, organisationId, cancellationToken);
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);

        var revenue = (await Turnover.LinesAsync(db, organisationId, from, to, cancellationToken))
            .Select(l => new MonthAmount(l.ActivityId is { } a && activities.Any(x => x.Id == a) ? a : null, l.IssueDate.Month, l.Net)).ToList();
        var purchases = await db.Purchases.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.Date >= from && p.Date <= to)
            .Select(p => new { p.ActivityId, p.Date, p.NetAmount }).ToListAsync(cancellationToken);
        var costs = purchases.Select(p => new MonthAmount(p.ActivityId, p.Date.Month, p.NetAmount))
            .Concat(await sharedCosts.SharesOfAsync(organisationId, year, monthsCounted, cancellationToken)).ToList();

        var contracts = await db.EmploymentContracts.AsNoTracking().Include(c => c.Amendments).Include(c => c.Suspensions).AsSplitQuery()
            .Where(c => c.OrganisationId == organisationId && c.StartDate <= to && (c.ExitDate == null || c.ExitDate >= from)).ToListAsync(cancellationToken);
        var byName = activities.GroupBy(a => SearchText.Fold(a.Name)).ToDictionary(g => g.Key, g => g.First().Id);
        var labourContracts = contracts.Select(c =>
        {
            var named = c.Activities.Select(n => byName.GetValueOrDefault(SearchText.Fold(n))).Where(id => id != 0).Distinct().ToList();
            var defaults = named.Count > 0 ? named
                : activities.Where(a => a.Division is not null && c.Divisions.Any(d => SearchText.Fold(d) == SearchText.Fold(a.Division))).Select(a => a.Id).ToList();
            return new LabourContract(c.Id, ContractFacts.Of(c), defaults);
        }).ToList();
        var scheduled = await ScheduledMinutesAsync(db, organisationId, from, to, byName, cancellationToken);
        var employerRates = await db.EmployerContributionRates.AsNoTracking().Where(r => r.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var labour = LabourRules.Compute(year, to, labourContracts, scheduled, day => EmployerContributionRate.InForce(employerRates, day));

        var statement = await funding.StatementAsync(scope, organisationId, year, cancellationToken);
        var publicFunding = statement.Months.Where(m => m.Month <= monthsCounted).Select(m => new MonthAmount(null, m.Month, m.PublicAmount)).ToList();
        var months = ActivityAccountRules.Months(activities, monthsCounted, revenue, costs, labour, publicFunding,
            parameters.ValueOn(ParameterCatalogue.MonthlyFullTimeHours, from));
        var totals = ActivityAccountRules.Totals(months);
        var budget = await CompareBudgetAsync(db, scope, organisation, year, activities, monthsCounted, months, cancellationToken);
        return new ActivityAccounts(organisationId, organisation.Name, year, to, monthsCounted, employerRates.Count > 0, months, totals,
            ActivityAccountRules.Equalise(totals), budget);
    }

    private static async Task<List<AccountActivity>> ActivitiesAsync(AppDbContext db, int organisationId, CancellationToken cancellationToken) =>
        (await db.Activities.AsNoTracking().Where(a => a.OrganisationId == organisationId).Select(a => new AccountActivity(a.Id, a.Name, a.Division)).ToListAsync(cancellationToken))
            .OrderBy(a => a.Division ?? "", StringComparer.Create(French.Culture, true)).ThenBy(a => a.Name, StringComparer.Create(French.Culture, true)).ToList();

    /// <summary>The minutes each contract's published schedule put on each activity, week by week.</summary>
    private static async Task<IReadOnlyDictionary<(DateOnly Week, int ContractId), IReadOnlyDictionary<int, decimal>>> ScheduledMinutesAsync(
        AppDbContext db, int organisationId, DateOnly from, DateOnly to, IReadOnlyDictionary<string, int> activityByName, CancellationToken cancellationToken)
    {
        var first = IsoWeeks.MondayOf(from);
        var assignments = await db.Schedules.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && s.Status == ScheduleStatus.Published && s.WeekStart >= first && s.WeekStart <= to)
            .SelectMany(s => s.Assignments, (s, a) => new { s.WeekStart, a.ContractId, a.SlotId }).ToListAsync(cancellationToken);
        var slotIds = assignments.Select(a => a.SlotId).Distinct().ToList();
        var slots = await db.ScheduleSlots.AsNoTracking().Where(s => slotIds.Contains(s.Id)).Select(s => new { s.Id, s.ActivityId, s.Activity, s.Minutes })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        return assignments.Select(a => (a.WeekStart, a.ContractId, Slot: slots[a.SlotId]))
            .Select(a => (a.WeekStart, a.ContractId, Activity: a.Slot.ActivityId ?? activityByName.GetValueOrDefault(SearchText.Fold(a.Slot.Activity)), a.Slot.Minutes))
            .Where(a => a.Activity != 0)
            .GroupBy(a => (a.WeekStart, a.ContractId))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, decimal>)g.GroupBy(a => a.Activity).ToDictionary(x => x.Key, x => (decimal)x.Sum(y => y.Minutes)));
    }

    private async Task<BudgetView> CompareBudgetAsync(AppDbContext db, AccessScope scope, Organisation organisation, int year, IReadOnlyList<AccountActivity> activities,
        int monthsCounted, IReadOnlyList<AccountMonth> months, CancellationToken cancellationToken)
    {
        var budget = await db.ActivityBudgets.AsNoTracking().Include(b => b.Lines).SingleOrDefaultAsync(b => b.OrganisationId == organisation.Id && b.Year == year, cancellationToken);
        var lines = budget?.Lines ?? [];
        var share = monthsCounted / 12m;
        var totals = ActivityAccountRules.Totals(months);
        var comparison = activities.Select(a =>
        {
            var line = lines.SingleOrDefault(l => l.ActivityId == a.Id);
            var actual = totals.SingleOrDefault(t => t.ActivityId == a.Id);
            return new BudgetComparisonLine(a.Id, a.Name, line?.Revenue ?? 0, line?.Result ?? 0, Employment.FundingRules.Cents((line?.Revenue ?? 0) * share),
                Employment.FundingRules.Cents((line?.Result ?? 0) * share), actual?.Revenue ?? 0, actual?.Result ?? 0);
        }).Where(l => l.BudgetRevenue != 0 || l.BudgetResult != 0 || l.ActualRevenue != 0 || l.ActualResult != 0).ToList();
        var overheads = budget?.Overheads ?? 0;
        var structure = totals.SingleOrDefault(t => t.ActivityId is null);
        comparison.Add(new BudgetComparisonLine(null, "Structure (frais de structure)", 0, -overheads, 0, Employment.FundingRules.Cents(-overheads * share),
            structure?.Revenue ?? 0, structure?.Result ?? 0));

        var yearBudgetResult = lines.Sum(l => l.Result) - overheads;
        decimal cumulated = 0;
        var budgetMonths = Enumerable.Range(1, 12).Select(m =>
        {
            var actual = months.SingleOrDefault(x => x.Month == m);
            cumulated += actual?.Result ?? 0;
            return new BudgetMonth(m, actual is null ? null : cumulated, Employment.FundingRules.Cents(yearBudgetResult * m / 12));
        }).ToList();
        var terms = new BudgetInput
        {
            Overheads = overheads,
            Lines = activities.Select(a => lines.SingleOrDefault(l => l.ActivityId == a.Id) is { } l
                ? new BudgetLineInput { ActivityId = a.Id, Revenue = l.Revenue, DirectCosts = l.DirectCosts, Labour = l.Labour }
                : new BudgetLineInput { ActivityId = a.Id }).ToList(),
            Version = budget?.Version,
        };
        return new BudgetView(organisation.Id, year, budget is not null, terms, activities, comparison, budgetMonths, scope.ManagesOrganisation(organisation.Id));
    }
}
