namespace DroitEmploi.Core.Features.Agreements;

/// <summary>
/// An EBE's agreement of a year with what happened: its terms (the forecast filled with zeros before it is entered),
/// the comparison and reconciliation, the payments received and the employer contribution rates entered.
/// </summary>
public sealed record FundAgreementView(
    int OrganisationId, string OrganisationName, int Year, bool Exists, AgreementInput Terms, AgreementComparison Comparison,
    decimal SeedGrantEtp, bool ComparesWithEmployerCost, IReadOnlyList<FundingPaymentView> Payments,
    IReadOnlyList<EmployerContributionRateView> EmployerRates, bool CanEdit, bool CanRecordPayments);
