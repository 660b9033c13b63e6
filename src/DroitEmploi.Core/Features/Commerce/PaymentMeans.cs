namespace DroitEmploi.Core.Features.Commerce;

public enum PaymentMeans
{
    Transfer,
    Cheque,
    Cash,
    Card,
}
