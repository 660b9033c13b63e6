using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>An EBE's budget of a year: revenue, direct costs and labour per activity, and its overheads.</summary>
public class ActivityBudget : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int Year { get; set; }
    public decimal Overheads { get; set; }
    public List<BudgetLine> Lines { get; set; } = [];

    public void Set(BudgetInput input, IReadOnlyCollection<int> organisationActivityIds)
    {
        var activities = input.Lines.Select(l => l.ActivityId).ToList();
        if (activities.Distinct().Count() != activities.Count)
        {
            throw ValidationFailedException.For("lines", "Une activité n'a qu'une ligne de budget.");
        }
        if (activities.Any(a => !organisationActivityIds.Contains(a)))
        {
            throw ValidationFailedException.For("lines", "Le budget ne porte que sur les activités de la structure.");
        }
        Overheads = Employment.FundingRules.Cents(input.Overheads);
        Lines = input.Lines.Select(l => new BudgetLine
        {
            ActivityId = l.ActivityId,
            Revenue = Employment.FundingRules.Cents(l.Revenue),
            DirectCosts = Employment.FundingRules.Cents(l.DirectCosts),
            Labour = Employment.FundingRules.Cents(l.Labour),
        }).ToList();
    }
}
