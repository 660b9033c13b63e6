namespace DroitEmploi.Core.Features.Agreements;

/// <summary>The agreement's forecast against the actual, month by month and year to date, and the reconciliation of each payer.</summary>
public sealed record AgreementComparison(
    IReadOnlyList<AgreementMonthLine> Months, decimal? ForecastEtpToDate, decimal ActualEtpToDate, int? ForecastHiresToDate, int ActualHiresToDate,
    PayerReconciliation Fund, PayerReconciliation Department, IReadOnlyList<string> Warnings);
