using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>A purchase recorded against an activity (a direct cost) or against none (an overhead shared by the activities).</summary>
public class Purchase : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly Date { get; set; }
    public string Supplier { get; set; } = "";
    public string? Description { get; set; }
    public PurchaseCategory Category { get; set; }
    public int? ActivityId { get; set; }
    public decimal NetAmount { get; set; }
    public decimal VatAmount { get; set; }

    public static Purchase Record(int organisationId, PurchaseInput input, IReadOnlyCollection<int> organisationActivityIds, DateOnly today)
    {
        if (input.ActivityId is { } activity && !organisationActivityIds.Contains(activity))
        {
            throw ValidationFailedException.For("activityId", "Cette activité n'est pas une activité de la structure.");
        }
        if (input.Date > today)
        {
            throw ValidationFailedException.For("date", "Un achat s'enregistre une fois fait : la date ne peut être dans le futur.");
        }
        return new Purchase
        {
            OrganisationId = organisationId,
            Date = input.Date!.Value,
            Supplier = TextInput.Optional(input.Supplier) ?? throw ValidationFailedException.For("supplier", "Indiquez le fournisseur."),
            Description = TextInput.Optional(input.Description),
            Category = input.Category!.Value,
            ActivityId = input.ActivityId,
            NetAmount = Employment.FundingRules.Cents(input.NetAmount!.Value),
            VatAmount = Employment.FundingRules.Cents(input.VatAmount),
        };
    }
}
