using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Agreements;
using DroitEmploi.Core.Features.Employment;

namespace DroitEmploi.UnitTests.Features.Agreements;

public class AgreementRulesTests
{
    private static readonly DateOnly Today = new(2026, 5, 10);

    // An EBE at 10 ETP from January, 1 more each month; the State pays 1,000 € an ETP, the département 150 €.
    private static FundingStatement Statement(decimal seedGrant = 0m, decimal stateRate = 0.95m) => new(1, "EBE", 2026,
        Enumerable.Range(1, 12).Select(m => new FundingLine(m, 9 + m, 0, 9 + m, 12.02m, stateRate, 1_000m * (9 + m), 150m * (9 + m), 1_150m * (9 + m), 0, null, null, false)).ToList(),
        0, 0, 0, 0, 21, 9, 12, seedGrant, 0);

    private static FundAgreement Agreement(decimal complement = 0m)
    {
        var agreement = new FundAgreement { OrganisationId = 1, Year = 2026 };
        agreement.Set(new AgreementInput
        {
            StateRate = 0.95m,
            BalanceComplement = complement,
            Months = Enumerable.Range(1, 12).Select(m => new AgreementMonthInput { Month = m, ForecastEtp = 10 + m, ForecastHires = 2 }).ToList(),
        });
        return agreement;
    }

    private static FundingPayment Paid(FundingPayer payer, int month, string on, decimal amount, FundingPaymentKind kind = FundingPaymentKind.Contribution) => new()
    {
        Payer = payer,
        Kind = kind,
        Year = 2026,
        Month = kind == FundingPaymentKind.Contribution ? month : null,
        ReceivedOn = DateOnly.Parse(on),
        Amount = amount,
    };

    private static readonly int[] Hires = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];

    [Fact]
    public void Forecast_and_actual_are_compared_for_the_months_counted_and_left_empty_for_the_months_to_come()
    {
        var comparison = AgreementRules.Compare(2026, Today, Agreement(), Statement(), Hires, []);

        var march = comparison.Months[2];
        Assert.Equal((13m, 12m, -1m, 2, 1, -1), (march.ForecastEtp!.Value, march.ActualEtp!.Value, march.EtpGap!.Value, march.ForecastHires!.Value, march.ActualHires!.Value, march.HiresGap!.Value));
        Assert.All(comparison.Months.Skip(5), m => Assert.Equal((false, (decimal?)null, (int?)null, 0m), (m.Counted, m.ActualEtp, m.ActualHires, m.FundDue)));
        // January to May: 11 to 15 forecast, 10 to 14 actual; ten hires forecast, five made.
        Assert.Equal((13m, 12m, 10, 5), (comparison.ForecastEtpToDate!.Value, comparison.ActualEtpToDate, comparison.ForecastHiresToDate!.Value, comparison.ActualHiresToDate));
    }

    [Fact]
    public void Each_months_contribution_is_received_late_or_overdue_against_the_end_of_the_following_month()
    {
        var payments = new[]
        {
            Paid(FundingPayer.Fund, 1, "2026-02-20", 10_000m), Paid(FundingPayer.Fund, 2, "2026-04-02", 11_000m),
            Paid(FundingPayer.Fund, 3, "2026-04-15", 6_000m), Paid(FundingPayer.Fund, 3, "2026-04-28", 6_000m),
            Paid(FundingPayer.Department, 1, "2026-02-20", 1_500m), Paid(FundingPayer.Department, 2, "2026-03-20", 1_000m),
        };
        var comparison = AgreementRules.Compare(2026, Today, Agreement(), Statement(), Hires, payments);

        Assert.Equal(
            [PaymentStatus.Received, PaymentStatus.ReceivedLate, PaymentStatus.Received, PaymentStatus.Awaiting, PaymentStatus.Awaiting, PaymentStatus.NotYetDue],
            comparison.Months.Take(6).Select(m => m.FundStatus));
        // The fund: February paid on 2 April, after 31 March; March in two transfers by 30 April; April expected by 31 May.
        // The département: February 1,000 € of its 1,650 € received, and March nothing, both after the end of the following month.
        Assert.Equal([PaymentStatus.Received, PaymentStatus.Overdue, PaymentStatus.Overdue, PaymentStatus.Awaiting], comparison.Months.Take(4).Select(m => m.DepartmentStatus));
        Assert.Contains(comparison.Warnings, w => w.StartsWith("2 mois de contribution", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reconciliation_sets_what_each_payer_owes_against_what_it_paid_with_the_seed_grant_at_year_end()
    {
        var payments = Enumerable.Range(1, 12).Select(m => Paid(FundingPayer.Fund, m, $"2027-01-{m + 5:00}", 1_000m * (9 + m)))
            .Append(Paid(FundingPayer.Fund, 0, "2026-07-01", 20_000m, FundingPaymentKind.BalanceComplement))
            .Append(Paid(FundingPayer.Department, 1, "2027-01-10", 24_000m)).ToList();
        var afterYear = AgreementRules.Compare(2026, new DateOnly(2027, 2, 1), Agreement(complement: 20_000m), Statement(seedGrant: 50_000m), Hires, payments);

        // The fund owes 186,000 € of contributions, the 50,000 € seed grant and the 20,000 € complement; it paid all but the seed grant.
        Assert.Equal((186_000m, 50_000m, 20_000m, 206_000m, 50_000m), (afterYear.Fund.Contribution, afterYear.Fund.SeedGrant, afterYear.Fund.BalanceComplement, afterYear.Fund.Received, afterYear.Fund.Balance));
        // The département owes 27,900 € and paid 24,000 €.
        Assert.Equal((27_900m, 24_000m, 3_900m), (afterYear.Department.Due, afterYear.Department.Received, afterYear.Department.Balance));

        var duringYear = AgreementRules.Compare(2026, Today, Agreement(complement: 20_000m), Statement(seedGrant: 50_000m), Hires, []);
        Assert.Equal(0m, duringYear.Fund.SeedGrant);
    }

    [Fact]
    public void An_agreed_rate_different_from_the_rate_in_force_is_pointed_out()
    {
        var comparison = AgreementRules.Compare(2026, Today, Agreement(), Statement(stateRate: 1.02m), Hires, []);

        Assert.Contains(comparison.Warnings, w => w.Contains("diffère du taux en vigueur sur 12 mois", StringComparison.Ordinal));
        Assert.DoesNotContain(AgreementRules.Compare(2026, Today, Agreement(), Statement(), Hires, []).Warnings, w => w.Contains("taux", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_agreement_the_actual_and_the_payments_are_read_without_forecast()
    {
        var comparison = AgreementRules.Compare(2026, Today, null, Statement(), Hires, []);

        Assert.Null(comparison.ForecastEtpToDate);
        Assert.All(comparison.Months, m => Assert.Null(m.EtpGap));
        Assert.Equal(60_000m, comparison.Fund.Due);
    }

    [Fact]
    public void An_agreement_needs_each_of_the_twelve_months_once()
    {
        var agreement = new FundAgreement();
        var error = Assert.Throws<ValidationFailedException>(() => agreement.Set(new AgreementInput
        {
            StateRate = 0.95m,
            Months = Enumerable.Range(1, 12).Select(m => new AgreementMonthInput { Month = Math.Min(m, 11) }).ToList(),
        }));
        Assert.Contains("months", error.Errors.Keys);
    }

    [Fact]
    public void A_payment_says_which_month_it_pays_comes_from_the_right_payer_and_is_not_in_the_future()
    {
        FundingPaymentInput Input(FundingPayer payer, FundingPaymentKind kind, int? month, string on) =>
            new() { Payer = payer, Kind = kind, Year = 2026, Month = month, ReceivedOn = DateOnly.Parse(on), Amount = 100m };

        Assert.Contains("month", Assert.Throws<ValidationFailedException>(() => FundingPayment.Record(1, Input(FundingPayer.Fund, FundingPaymentKind.Contribution, null, "2026-05-01"), Today)).Errors.Keys);
        Assert.Contains("payer", Assert.Throws<ValidationFailedException>(() => FundingPayment.Record(1, Input(FundingPayer.Department, FundingPaymentKind.SeedGrant, null, "2026-05-01"), Today)).Errors.Keys);
        Assert.Contains("receivedOn", Assert.Throws<ValidationFailedException>(() => FundingPayment.Record(1, Input(FundingPayer.Fund, FundingPaymentKind.Contribution, 4, "2026-05-11"), Today)).Errors.Keys);
        var seed = FundingPayment.Record(1, Input(FundingPayer.Fund, FundingPaymentKind.SeedGrant, 4, "2026-05-01"), Today);
        Assert.Null(seed.Month);
    }
}
