using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Agreements;

/// <summary>
/// Money received from the fund or the département, as the bank statement shows it: the contribution of a month, the
/// seed grant or the balance complement. A negative amount is a repayment the reconciliation asked for.
/// </summary>
public class FundingPayment : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public FundingPayer Payer { get; set; }
    public FundingPaymentKind Kind { get; set; }
    public int Year { get; set; }
    public int? Month { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public decimal Amount { get; set; }
    public string? Reference { get; set; }

    public static FundingPayment Record(int organisationId, FundingPaymentInput input, DateOnly today)
    {
        var kind = input.Kind!.Value;
        var payer = input.Payer!.Value;
        if (kind == FundingPaymentKind.Contribution && input.Month is null)
        {
            throw ValidationFailedException.For("month", "Indiquez le mois que ce versement de la contribution finance.");
        }
        if (kind != FundingPaymentKind.Contribution && payer == FundingPayer.Department)
        {
            throw ValidationFailedException.For("payer", "Le département verse sa part de la contribution ; la dotation d'amorçage et le complément d'équilibre viennent du fonds.");
        }
        if (input.ReceivedOn > today)
        {
            throw ValidationFailedException.For("receivedOn", "Un versement s'enregistre une fois reçu : la date ne peut être dans le futur.");
        }
        if (input.Amount == 0)
        {
            throw ValidationFailedException.For("amount", "Indiquez le montant reçu (négatif pour un remboursement).");
        }
        return new FundingPayment
        {
            OrganisationId = organisationId,
            Payer = payer,
            Kind = kind,
            Year = input.Year!.Value,
            Month = kind == FundingPaymentKind.Contribution ? input.Month : null,
            ReceivedOn = input.ReceivedOn!.Value,
            Amount = Employment.FundingRules.Cents(input.Amount!.Value),
            Reference = TextInput.Optional(input.Reference),
        };
    }
}
