namespace DroitEmploi.Core.Features.Agreements;

public sealed record FundingPaymentView(int Id, FundingPayer Payer, FundingPaymentKind Kind, int Year, int? Month, DateOnly ReceivedOn, decimal Amount, string? Reference)
{
    public static FundingPaymentView Of(FundingPayment p) => new(p.Id, p.Payer, p.Kind, p.Year, p.Month, p.ReceivedOn, p.Amount, p.Reference);
}
