namespace DroitEmploi.Core.Features.Agreements;

public static class AgreementLabels
{
    public static string French(this FundingPayer payer) => payer switch
    {
        FundingPayer.Fund => "Fonds ETCLD",
        _ => "Département",
    };

    public static string French(this FundingPaymentKind kind) => kind switch
    {
        FundingPaymentKind.Contribution => "Contribution du mois",
        FundingPaymentKind.SeedGrant => "Dotation d'amorçage",
        _ => "Complément temporaire d'équilibre",
    };

    public static string French(this PaymentStatus status) => status switch
    {
        PaymentStatus.NotYetDue => "à venir",
        PaymentStatus.Awaiting => "attendu",
        PaymentStatus.Received => "reçu",
        PaymentStatus.ReceivedLate => "reçu en retard",
        _ => "en retard",
    };
}
