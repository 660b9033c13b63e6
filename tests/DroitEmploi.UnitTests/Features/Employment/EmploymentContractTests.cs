using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Employment;

namespace DroitEmploi.UnitTests.Features.Employment;

public class EmploymentContractTests
{
    private const decimal Smic = 12.02m;

    private static EmploymentContract Contract() => new() { StartDate = new DateOnly(2026, 1, 5), WeeklyHours = 24, HourlyWage = 12.50m };

    [Fact]
    public void An_amendment_keeps_the_wage_unless_given_and_never_goes_under_the_smic()
    {
        var contract = Contract();
        var kept = contract.Amend(new DateOnly(2026, 3, 1), 30, null, Smic, "  plus d'heures ", "direction");
        Assert.Equal((30m, 12.50m, "plus d'heures", "direction"), (kept.WeeklyHours, kept.HourlyWage, kept.Note, kept.By));

        // The SMIC rose above the wage: the wage follows it.
        var raised = contract.Amend(new DateOnly(2026, 6, 1), 30, null, 12.80m, null, "direction");
        Assert.Equal(12.80m, raised.HourlyWage);

        var error = Assert.Throws<ValidationFailedException>(() => contract.Amend(new DateOnly(2026, 9, 1), 30, 11.00m, Smic, null, "direction"));
        Assert.Contains("inférieur au SMIC", error.Errors["hourlyWage"][0], StringComparison.Ordinal);
        Assert.Equal(2, contract.Amendments.Count);
    }

    [Theory]
    [InlineData("2026-01-05")] // the start itself
    [InlineData("2025-12-01")]
    public void An_amendment_takes_effect_after_the_start(string from)
    {
        var error = Assert.Throws<ValidationFailedException>(() => Contract().Amend(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), 30, null, Smic, null, "x"));
        Assert.True(error.Errors.ContainsKey("effectiveFrom"));
    }

    [Fact]
    public void One_amendment_a_date_and_none_after_the_exit()
    {
        var contract = Contract();
        contract.Amend(new DateOnly(2026, 3, 1), 30, null, Smic, null, "x");
        Assert.Throws<ValidationFailedException>(() => contract.Amend(new DateOnly(2026, 3, 1), 28, null, Smic, null, "x"));
        contract.Exit(new DateOnly(2026, 6, 30), ExitReason.Training, null);
        Assert.Throws<ValidationFailedException>(() => contract.Amend(new DateOnly(2026, 7, 1), 28, null, Smic, null, "x"));
        // The exit day itself may still carry an amendment.
        contract.Amend(new DateOnly(2026, 6, 30), 28, null, Smic, null, "x");
    }

    [Fact]
    public void Suspensions_stay_within_the_contract_and_never_overlap()
    {
        var contract = Contract();
        contract.Suspend(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), SuspensionReason.TrialJobElsewhere, null, "x");
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 10), SuspensionReason.Training, null, "x"));
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 1, 4), new DateOnly(2026, 1, 10), SuspensionReason.Training, null, "x"));
        var end = Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 9), SuspensionReason.Training, null, "x"));
        Assert.True(end.Errors.ContainsKey("end"));
        contract.Suspend(new DateOnly(2026, 3, 1), null, SuspensionReason.Training, null, "x");
        // An open suspension blocks any later one until it ends.
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), SuspensionReason.Other, null, "x"));
        Assert.Equal(2, contract.Suspensions.Count);
    }

    [Fact]
    public void Ending_a_suspension_is_checked_like_starting_one()
    {
        var contract = Contract();
        var first = contract.Suspend(new DateOnly(2026, 2, 1), null, SuspensionReason.Training, null, "x");
        first.Id = 7;
        Assert.Throws<NotFoundException>(() => contract.EndSuspension(8, new DateOnly(2026, 2, 10)));
        Assert.Throws<ValidationFailedException>(() => contract.EndSuspension(7, new DateOnly(2026, 1, 31)));
        contract.EndSuspension(7, new DateOnly(2026, 2, 10));
        Assert.Equal(new DateOnly(2026, 2, 10), first.End);
    }

    [Fact]
    public void The_exit_happens_once_not_before_the_start_nor_before_a_later_change_and_closes_open_suspensions()
    {
        var contract = Contract();
        Assert.Throws<ValidationFailedException>(() => contract.Exit(new DateOnly(2026, 1, 4), ExitReason.Other, null));
        contract.Amend(new DateOnly(2026, 5, 1), 30, null, Smic, null, "x");
        Assert.Throws<ValidationFailedException>(() => contract.Exit(new DateOnly(2026, 4, 30), ExitReason.Other, null));
        var open = contract.Suspend(new DateOnly(2026, 6, 1), null, SuspensionReason.TrialJobElsewhere, null, "x");
        var later = contract.Suspend(new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 20), SuspensionReason.Training, null, "x");

        contract.Exit(new DateOnly(2026, 6, 15), ExitReason.JobElsewhereCdi, " embauché ");

        Assert.Equal((new DateOnly(2026, 6, 15), ExitReason.JobElsewhereCdi, "embauché"), (contract.ExitDate!.Value, contract.ExitReason!.Value, contract.ExitNote));
        Assert.Equal(new DateOnly(2026, 6, 15), open.End);
        Assert.Equal(new DateOnly(2026, 5, 20), later.End);
        Assert.Throws<BusinessRuleException>(() => contract.Exit(new DateOnly(2026, 6, 20), ExitReason.Other, null));
    }

    [Fact]
    public void A_wage_at_the_smic_is_allowed_and_one_cent_under_is_not()
    {
        EmploymentContract.EnsureAtLeastSmic(Smic, Smic, new DateOnly(2026, 1, 1));
        Assert.Throws<ValidationFailedException>(() => EmploymentContract.EnsureAtLeastSmic(Smic - 0.01m, Smic, new DateOnly(2026, 1, 1)));
    }
}
