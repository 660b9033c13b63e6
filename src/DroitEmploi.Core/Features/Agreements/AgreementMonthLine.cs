namespace DroitEmploi.Core.Features.Agreements;

/// <summary>
/// One month of the agreement against what happened: ETP and hires forecast and actual (null for months to come), and
/// the contribution due from each payer against what it paid.
/// </summary>
public sealed record AgreementMonthLine(
    int Month, bool Counted, decimal? ForecastEtp, decimal? ActualEtp, decimal? EtpGap, int? ForecastHires, int? ActualHires, int? HiresGap,
    decimal FundDue, decimal FundReceived, PaymentStatus FundStatus, decimal DepartmentDue, decimal DepartmentReceived, PaymentStatus DepartmentStatus);
