using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Cooperatives;

namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>
/// A cost or an investment several organisations (EBE, KPA, CTE) or activities share — premises, a van, tools: the
/// owner pays it; each month its running cost and the investment's depreciation are split by the key, the shares
/// adding up to the total to the cent.
/// </summary>
public class SharedCost : TrackedEntity
{
    public int Id { get; set; }
    public int OwnerOrganisationId { get; set; }
    public string Name { get; set; } = "";
    public SharedCostKind Kind { get; set; }
    public AllocationKey Key { get; set; }
    public decimal MonthlyCost { get; set; }
    public decimal? InvestmentAmount { get; set; }
    public DateOnly? InvestmentDate { get; set; }
    public int? DepreciationYears { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public List<SharedCostParty> Parties { get; set; } = [];
    public List<SharedCostUsage> Usages { get; set; } = [];

    public bool FollowsUse => Key is AllocationKey.HoursOfUse or AllocationKey.Kilometres;

    public void Set(SharedCostInput input)
    {
        if (input.Parties.Count < 2)
        {
            throw ValidationFailedException.For("parties", "Une charge partagée l'est entre deux parties au moins (structures ou activités).");
        }
        if (input.Parties.Select(p => (p.OrganisationId, p.ActivityId)).Distinct().Count() != input.Parties.Count)
        {
            throw ValidationFailedException.For("parties", "Chaque partie (structure, activité) n'apparaît qu'une fois.");
        }
        if (input.Parties.All(p => p.OrganisationId != input.OwnerOrganisationId))
        {
            throw ValidationFailedException.For("parties", "La structure qui paie la charge en est l'une des parties.");
        }
        var followsUse = input.Key is AllocationKey.HoursOfUse or AllocationKey.Kilometres;
        if (!followsUse && input.Parties.Sum(p => p.Weight) <= 0)
        {
            throw ValidationFailedException.For("parties", "Indiquez le poids de chaque partie (m², effectif ou parts).");
        }
        if ((input.InvestmentAmount ?? 0) > 0 && (input.InvestmentDate is null || input.DepreciationYears is null))
        {
            throw ValidationFailedException.For("depreciationYears", "Un investissement s'amortit : indiquez sa date et sa durée d'amortissement en années.");
        }
        if (input.EndsOn is { } end && end < input.StartsOn)
        {
            throw ValidationFailedException.For("endsOn", "La fin du partage ne peut précéder son début.");
        }
        if (input.MonthlyCost == 0 && (input.InvestmentAmount ?? 0) == 0)
        {
            throw ValidationFailedException.For("monthlyCost", "Indiquez un coût mensuel, un investissement, ou les deux.");
        }
        OwnerOrganisationId = input.OwnerOrganisationId;
        Name = TextInput.Optional(input.Name) ?? throw ValidationFailedException.For("name", "Nommez la ressource partagée.");
        Kind = input.Kind!.Value;
        Key = input.Key!.Value;
        MonthlyCost = Employment.FundingRules.Cents(input.MonthlyCost);
        InvestmentAmount = input.InvestmentAmount is > 0 ? Employment.FundingRules.Cents(input.InvestmentAmount.Value) : null;
        InvestmentDate = InvestmentAmount is null ? null : input.InvestmentDate;
        DepreciationYears = InvestmentAmount is null ? null : input.DepreciationYears;
        StartsOn = input.StartsOn!.Value;
        EndsOn = input.EndsOn;
        Parties = input.Parties.Select(p => new SharedCostParty { OrganisationId = p.OrganisationId, ActivityId = p.ActivityId, Weight = followsUse ? 0 : p.Weight }).ToList();
        // A party that left takes its recorded use with it.
        Usages.RemoveAll(u => !Parties.Any(p => p.OrganisationId == u.OrganisationId && p.ActivityId == u.ActivityId));
    }

    /// <summary>The month's use of each party, replacing what was recorded for that month.</summary>
    public void RecordUsage(DateOnly month, UsageInput input)
    {
        if (!FollowsUse)
        {
            throw new BusinessRuleException("Cette charge se répartit par des poids fixes : il n'y a pas d'usage mensuel à relever.");
        }
        var first = new DateOnly(month.Year, month.Month, 1);
        if (input.Lines.Any(l => !Parties.Any(p => p.OrganisationId == l.OrganisationId && p.ActivityId == l.ActivityId)))
        {
            throw ValidationFailedException.For("lines", "Seules les parties de la charge relèvent leur usage.");
        }
        Usages.RemoveAll(u => u.Month == first);
        Usages.AddRange(input.Lines.Where(l => l.Quantity > 0)
            .Select(l => new SharedCostUsage { OrganisationId = l.OrganisationId, ActivityId = l.ActivityId, Month = first, Quantity = l.Quantity }));
    }

    /// <summary>The month's running cost: the whole month if the sharing covers any of its days.</summary>
    public decimal RunningCostOf(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return StartsOn <= last && (EndsOn is null || EndsOn >= first) ? MonthlyCost : 0;
    }

    /// <summary>
    /// The investment's depreciation in a month: straight-line over its years from the month it was made, each month
    /// rounded to the cent and the last taking what rounding left, so that the months add up to the investment.
    /// </summary>
    public decimal DepreciationOf(DateOnly month)
    {
        if (InvestmentAmount is not { } amount || InvestmentDate is not { } date || DepreciationYears is not { } years)
        {
            return 0;
        }
        var months = years * 12;
        var index = (month.Year - date.Year) * 12 + month.Month - date.Month;
        if (index < 0 || index >= months)
        {
            return 0;
        }
        var monthly = Employment.FundingRules.Cents(amount / months);
        return index == months - 1 ? amount - monthly * (months - 1) : monthly;
    }

    /// <summary>Each party's weight and share of the month; a month of use-based key without any use recorded stays with the owner.</summary>
    public IReadOnlyList<(SharedCostParty Party, decimal Weight, decimal Amount)> Allocate(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var total = RunningCostOf(first) + DepreciationOf(first);
        var weights = Parties.Select((p, i) => (Index: i, Weight: FollowsUse
            ? Usages.Where(u => u.Month == first && u.OrganisationId == p.OrganisationId && u.ActivityId == p.ActivityId).Sum(u => u.Quantity)
            : p.Weight)).ToList();
        if (weights.Sum(w => w.Weight) == 0)
        {
            var owner = Parties.FindIndex(p => p.OrganisationId == OwnerOrganisationId);
            return Parties.Select((p, i) => (p, 0m, i == owner ? total : 0m)).ToList();
        }
        var shares = Apportionment.Split(total, weights.Select(w => (w.Index, w.Weight)).ToList());
        return Parties.Select((p, i) => (p, weights[i].Weight, shares[i])).ToList();
    }
}
