using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Commerce;

namespace DroitEmploi.UnitTests.Features.Commerce;

public class NumberPatternTests
{
    [Theory]
    [InlineData("FA-{YYYY}-{SEQ:5}", "FA-2026-00042")]
    [InlineData("F{YY}{MM}-{SEQ:3}", "F2611-042")]
    [InlineData("FACT/{SEQ}", "FACT/42")]
    public void An_accepted_pattern_fills_in_the_date_and_the_sequence(string pattern, string expected)
    {
        NumberPattern.Check(pattern, "invoicePattern");
        Assert.Equal(expected, NumberPattern.Format(pattern, new DateOnly(2026, 11, 25), 42));
    }

    [Theory]
    [InlineData("FA-{YYYY}", "un seul numéro d'ordre")]
    [InlineData("FA-{SEQ}-{YYYY}", "un seul numéro d'ordre")]
    [InlineData("{SEQ}-{SEQ}", "un seul numéro d'ordre")]
    [InlineData("F{MM}-{SEQ}", "l'année")]
    [InlineData("FA {YYYY}-{SEQ}", "que des lettres")]
    [InlineData("=HYPERLINK()-{SEQ}", "que des lettres")]
    [InlineData("", "modèle")]
    public void A_pattern_that_could_give_a_number_twice_is_refused_with_the_reason(string pattern, string reason)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => NumberPattern.Check(pattern, "invoicePattern"));
        Assert.Contains(reason, refused.Errors["invoicePattern"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_is_its_pattern_with_the_dates_filled_in_so_each_year_starts_again_at_one()
    {
        Assert.Equal("FA-2026-", NumberPattern.Scope("FA-{YYYY}-{SEQ:5}", new DateOnly(2026, 12, 31)));
        Assert.Equal("FA-2027-", NumberPattern.Scope("FA-{YYYY}-{SEQ:5}", new DateOnly(2027, 1, 1)));
        Assert.Equal("FACT/", NumberPattern.Scope("FACT/{SEQ}", new DateOnly(2027, 1, 1)));
    }
}
