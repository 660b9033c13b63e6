namespace DroitEmploi.Core.Features.Transition;

public sealed record RtePaymentView(int GrantId, int MemberId, string Holder, string Kind, DateOnly Month, PaymentCurrency Currency, string CurrencyLabel, decimal Amount);
