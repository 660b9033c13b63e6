namespace DroitEmploi.Core.Features.Transition;

public enum PaymentCurrency
{
    Euro,
    LocalCurrency,
}
