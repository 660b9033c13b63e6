using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Parameters;

namespace DroitEmploi.UnitTests.Features.Parameters;

public class ParameterHistoryTests
{
    private const string Key = ParameterCatalogue.SmicHourly;
    private static readonly DateTime Now = new(2026, 3, 16, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_value_inserted_in_the_past_ends_the_previous_one_and_stops_before_the_next()
    {
        var (y2018, y2020) = (Value(2018, 9.88m, to: new DateOnly(2019, 12, 31)), Value(2020, 10.15m));
        var history = new ParameterHistory(Key, [y2018, y2020]);

        var inserted = history.Add(new DateOnly(2019, 1, 1), 10.03m, "€", "Décret", "Oubli");

        Assert.Equal(new DateOnly(2018, 12, 31), y2018.ValidTo);
        Assert.Equal(new DateOnly(2019, 12, 31), inserted.ValidTo);
        Assert.Equal(10.03m, history.ValueOn(new DateOnly(2019, 6, 1)));
        Assert.Throws<ValidationFailedException>(() => history.Add(new DateOnly(2019, 1, 1), 1m, "€", "x", null));
    }

    [Fact]
    public void Withdrawing_a_value_gives_its_period_back_to_the_one_before_and_keeps_it_with_its_reason()
    {
        var (y2018, y2019, y2020) = (Value(2018, 9.88m, to: new DateOnly(2018, 12, 31)), Value(2019, 10.03m, to: new DateOnly(2019, 12, 31)), Value(2020, 10.15m));
        var history = new ParameterHistory(Key, [y2018, y2019, y2020]);

        history.Withdraw(y2019, "Saisie par erreur", "admin", Now);

        Assert.Equal(new DateOnly(2019, 12, 31), y2018.ValidTo);
        Assert.Equal(9.88m, history.ValueOn(new DateOnly(2019, 6, 1)));
        Assert.Equal(("admin", "Saisie par erreur"), (y2019.WithdrawnBy, y2019.WithdrawalReason));
        Assert.Throws<BusinessRuleException>(() => history.Withdraw(y2019, "encore", "admin", Now));
        Assert.Throws<BusinessRuleException>(() => history.Withdraw(y2018, "la première", "admin", Now));
    }

    [Fact]
    public void A_correction_needs_a_reason_and_replaces_the_value_over_the_same_period()
    {
        var wrong = Value(2019, 10.30m, to: new DateOnly(2019, 12, 31));
        var history = new ParameterHistory(Key, [Value(2018, 9.88m, to: new DateOnly(2018, 12, 31)), wrong]);

        Assert.Throws<ValidationFailedException>(() => history.Correct(wrong, 10.03m, "Décret", " ", "admin", Now));
        Assert.True(wrong.IsActive);

        var right = history.Correct(wrong, 10.03m, "Décret", "Chiffres inversés", "admin", Now);
        Assert.Equal((wrong.ValidFrom, wrong.ValidTo, 10.03m), (right.ValidFrom, right.ValidTo, right.Value));
        Assert.False(wrong.IsActive);
        Assert.Equal(10.03m, history.ValueOn(new DateOnly(2019, 6, 1)));
        // A withdrawn value is never read, wherever it sits.
        Assert.Equal(10.03m, DatedParameter.InForce([wrong, right], new DateOnly(2019, 6, 1))!.Value);
    }

    private static DatedParameter Value(int year, decimal value, DateOnly? to = null) =>
        new() { Id = year, Key = Key, ValidFrom = new DateOnly(year, 1, 1), ValidTo = to, Value = value, Unit = "€", Source = "Décret" };
}
