using DroitEmploi.Core.Features.Employment;

namespace DroitEmploi.Core.Features.Agreements;

/// <summary>
/// The agreement with the fund against what happened: forecast and actual ETP and hires, the contribution due (from
/// the funding statement) against the payments received, and the year's reconciliation with each payer.
/// </summary>
public static class AgreementRules
{
    public static AgreementComparison Compare(
        int year, DateOnly today, FundAgreement? agreement, FundingStatement statement, IReadOnlyList<int> hiresByMonth, IReadOnlyList<FundingPayment> payments)
    {
        var yearComplete = new DateOnly(year, 12, 31) < today;
        var lines = new List<AgreementMonthLine>();
        foreach (var funding in statement.Months)
        {
            var first = new DateOnly(year, funding.Month, 1);
            var isCounted = first <= today;
            var forecast = agreement?.Months.SingleOrDefault(m => m.Month == funding.Month);
            var actualEtp = isCounted ? funding.Etp : (decimal?)null;
            var actualHires = isCounted ? hiresByMonth[funding.Month - 1] : (int?)null;
            var fundDue = isCounted ? funding.StateAmount : 0;
            var departmentDue = isCounted ? funding.DepartmentAmount : 0;
            var fundPaid = Contributions(payments, FundingPayer.Fund, funding.Month);
            var departmentPaid = Contributions(payments, FundingPayer.Department, funding.Month);
            lines.Add(new AgreementMonthLine(funding.Month, isCounted, forecast?.ForecastEtp, actualEtp,
                forecast is not null && actualEtp is not null ? actualEtp - forecast.ForecastEtp : null,
                forecast?.ForecastHires, actualHires, forecast is not null && actualHires is not null ? actualHires - forecast.ForecastHires : null,
                fundDue, fundPaid.Sum(p => p.Amount), Status(first, today, fundDue, fundPaid),
                departmentDue, departmentPaid.Sum(p => p.Amount), Status(first, today, departmentDue, departmentPaid)));
        }

        var counted = lines.Where(l => l.Counted).ToList();
        decimal? forecastEtp = agreement is null || counted.Count == 0 ? null : Math.Round(counted.Average(l => l.ForecastEtp ?? 0), 2);
        var actualEtpToDate = counted.Count == 0 ? 0 : Math.Round(counted.Average(l => l.ActualEtp ?? 0), 2);
        int? forecastHires = agreement is null ? null : counted.Sum(l => l.ForecastHires ?? 0);

        var fund = new PayerReconciliation(FundingPayer.Fund, counted.Sum(l => l.FundDue), yearComplete ? statement.SeedGrantAmount : 0,
            agreement?.BalanceComplement ?? 0, payments.Where(p => p.Payer == FundingPayer.Fund).Sum(p => p.Amount));
        var department = new PayerReconciliation(FundingPayer.Department, counted.Sum(l => l.DepartmentDue), 0, 0,
            payments.Where(p => p.Payer == FundingPayer.Department).Sum(p => p.Amount));

        var warnings = new List<string>();
        if (agreement is not null)
        {
            var differing = statement.Months.Where(m => m.StateRate != agreement.StateRate).Select(m => m.Month).ToList();
            if (differing.Count > 0)
            {
                warnings.Add($"Le taux de la convention ({agreement.StateRate:P0}) diffère du taux en vigueur sur {differing.Count} mois " +
                    $"({string.Join(", ", differing.Select(m => new DateOnly(year, m, 1).ToString("MMMM", Common.French.Culture)))}) : " +
                    "le relevé suit le taux en vigueur ; un avenant met la convention à jour.");
            }
        }
        var overdue = lines.Count(l => l.FundStatus == PaymentStatus.Overdue || l.DepartmentStatus == PaymentStatus.Overdue);
        if (overdue > 0)
        {
            warnings.Add($"{overdue} mois de contribution ne sont pas entièrement reçus plus d'un mois après leur fin.");
        }
        return new AgreementComparison(lines, forecastEtp, actualEtpToDate, forecastHires, counted.Sum(l => l.ActualHires ?? 0), fund, department, warnings);
    }

    /// <summary>A month's contribution is expected by the last day of the following month.</summary>
    public static DateOnly ExpectedBy(DateOnly firstOfMonth) => firstOfMonth.AddMonths(2).AddDays(-1);

    private static List<FundingPayment> Contributions(IReadOnlyList<FundingPayment> payments, FundingPayer payer, int month) =>
        payments.Where(p => p.Payer == payer && p.Kind == FundingPaymentKind.Contribution && p.Month == month).ToList();

    private static PaymentStatus Status(DateOnly firstOfMonth, DateOnly today, decimal due, List<FundingPayment> paid)
    {
        var expectedBy = ExpectedBy(firstOfMonth);
        // A cent of rounding between the statement and the transfer is not a debt.
        if (firstOfMonth > today || (paid.Count == 0 && due <= 0.01m))
        {
            return PaymentStatus.NotYetDue;
        }
        if (paid.Count > 0 && paid.Sum(p => p.Amount) >= due - 0.01m)
        {
            return paid.Max(p => p.ReceivedOn) > expectedBy ? PaymentStatus.ReceivedLate : PaymentStatus.Received;
        }
        return today > expectedBy ? PaymentStatus.Overdue : PaymentStatus.Awaiting;
    }
}
