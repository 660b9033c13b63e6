using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Core.Features.ActivityAccounts;
using DroitEmploi.Core.Features.SharedCosts;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// A year of purchases of La Barakajobs and La Fabrique de l'Emploi — the food for the légumerie and the caterer, the
/// parts for the computers, the fuel of the mowers, the accountant and the insurance of the structure — this year's
/// budgets, and the van and the premises La Barakajobs shares with the KPA Services pour tous: the van by the
/// kilometres each drives (recorded month by month), the premises by the square metres each occupies.
/// </summary>
internal static class DemoActivityAccounts
{
    private sealed record Spending(PurchaseCategory Category, string Supplier, string Description, int Min, int Max, decimal VatRate);

    private static readonly Dictionary<string, Spending> ByDivision = new()
    {
        ["Alimentation"] = new(PurchaseCategory.Supplies, "Marché de gros de Lomme (démo)", "Denrées et emballages", 350, 900, 0.055m),
        ["Réemploi"] = new(PurchaseCategory.Supplies, "Pièces détachées du Nord (démo)", "Pièces, petit matériel", 120, 450, 0.20m),
        ["Services"] = new(PurchaseCategory.Vehicles, "Station du Faubourg (démo)", "Carburant et consommables", 150, 320, 0.20m),
    };

    private static readonly Spending Other = new(PurchaseCategory.Supplies, "Fournitures de l'atelier (démo)", "Fournitures", 100, 300, 0.20m);

    public static async Task SeedAsync(AppDbContext db, Dictionary<string, int> ids, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(18);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var running = Activity.Running.ToList();
        foreach (var key in new[] { "barakajobs", "fabrique" })
        {
            var organisationId = ids[key];
            var activities = await db.Activities.AsNoTracking().Where(a => a.OrganisationId == organisationId && running.Contains(a.Status)).ToListAsync(cancellationToken);
            for (var month = thisMonth.AddMonths(-11); month <= thisMonth; month = month.AddMonths(1))
            {
                var lastDay = month == thisMonth ? today : month.AddMonths(1).AddDays(-1);
                foreach (var activity in activities)
                {
                    var spending = activity.Division is { } division ? ByDivision.GetValueOrDefault(division, Other) : Other;
                    db.Purchases.Add(Purchase(organisationId, activity.Id, month.AddDays(random.Next(lastDay.Day)), spending.Supplier, spending.Description,
                        spending.Category, random.Next(spending.Min, spending.Max) + random.Next(100) / 100m, spending.VatRate));
                }
                db.Purchases.Add(Purchase(organisationId, null, month.AddDays(Math.Min(4, lastDay.Day - 1)), "Cabinet d'expertise comptable (démo)", "Tenue des comptes et paie",
                    PurchaseCategory.Services, key == "fabrique" ? 780m : 450m, 0.20m));
                db.Purchases.Add(Purchase(organisationId, null, month.AddDays(Math.Min(9, lastDay.Day - 1)), "Opérateur téléphonique (démo)", "Lignes fixes et mobiles",
                    PurchaseCategory.Services, 89.90m, 0.20m));
                if (month.Month % 3 == 1)
                {
                    db.Purchases.Add(Purchase(organisationId, null, month.AddDays(Math.Min(14, lastDay.Day - 1)), "Assurance mutuelle (démo)", "Multirisque et responsabilité civile, trimestre",
                        PurchaseCategory.Services, 630m, 0m));
                }
            }

            var budget = new ActivityBudget { OrganisationId = organisationId, Year = today.Year };
            budget.Set(new BudgetInput
            {
                Overheads = key == "fabrique" ? 16_000m : 9_500m,
                Lines = activities.Select((a, i) => new BudgetLineInput
                {
                    ActivityId = a.Id,
                    Revenue = 6_000m + 2_500m * (i % 4),
                    DirectCosts = a.Division is { } d && ByDivision.TryGetValue(d, out var s) ? (s.Min + s.Max) * 6m : 2_400m,
                    Labour = 45_000m + 10_000m * (i % 3),
                }).ToList(),
            }, activities.Select(a => a.Id).ToList());
            db.ActivityBudgets.Add(budget);
        }

        var barakajobs = ids["barakajobs"];
        var kpa = ids["kpa"];
        var mowing = await db.Activities.Where(a => a.OrganisationId == barakajobs && a.Name == "Tonte et petits travaux").Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
        var start = new DateOnly(today.Year - 1, 1, 1);
        var van = new SharedCost();
        van.Set(new SharedCostInput
        {
            OwnerOrganisationId = barakajobs,
            Name = "Camion benne partagé (démo)",
            Kind = SharedCostKind.Vehicle,
            Key = AllocationKey.Kilometres,
            MonthlyCost = 240m,
            InvestmentAmount = 28_000m,
            InvestmentDate = start,
            DepreciationYears = 5,
            StartsOn = start,
            Parties = [new() { OrganisationId = barakajobs, ActivityId = mowing }, new() { OrganisationId = kpa }],
        });
        for (var month = start; month < thisMonth; month = month.AddMonths(1))
        {
            van.RecordUsage(month, new UsageInput
            {
                Lines = [new() { OrganisationId = barakajobs, ActivityId = mowing, Quantity = random.Next(700, 1_100) }, new() { OrganisationId = kpa, Quantity = random.Next(150, 320) }],
            });
        }
        var premises = new SharedCost();
        premises.Set(new SharedCostInput
        {
            OwnerOrganisationId = barakajobs,
            Name = "Locaux du Faubourg de Lille (démo)",
            Kind = SharedCostKind.Premises,
            Key = AllocationKey.SquareMetres,
            MonthlyCost = 1_850m,
            StartsOn = start,
            Parties = [new() { OrganisationId = barakajobs, Weight = 310 }, new() { OrganisationId = kpa, Weight = 55 }],
        });
        db.SharedCosts.AddRange(van, premises);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Purchase Purchase(int organisationId, int? activityId, DateOnly date, string supplier, string description, PurchaseCategory category, decimal net, decimal vatRate) => new()
    {
        OrganisationId = organisationId,
        ActivityId = activityId,
        Date = date,
        Supplier = supplier,
        Description = description,
        Category = category,
        NetAmount = net,
        VatAmount = Employment.FundingRules.Cents(net * vatRate),
    };
}
