using DroitEmploi.Core.Common.Files;

namespace DroitEmploi.UnitTests.Common.Files;

public class CellParsingTests
{
    [Theory]
    [InlineData("31/12/2024")]
    [InlineData("31/12/2024 ")]
    [InlineData("1/2/2024", 2024, 2, 1)]
    [InlineData("2024-12-31")]
    [InlineData("31.12.2024")]
    [InlineData("31-12-2024")]
    [InlineData("31 décembre 2024")]
    [InlineData("45657")]
    public void French_and_iso_dates_and_excel_serials_are_read(string text, int year = 2024, int month = 12, int day = 31)
    {
        Assert.True(CellParsing.TryDate(text, out var date, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/12/24", "4 chiffres")]
    [InlineData("32/01/2024", "n'est pas une date")]
    [InlineData("bientôt", "n'est pas une date")]
    public void Ambiguous_or_wrong_dates_are_refused_with_the_reason(string text, string expected)
    {
        Assert.False(CellParsing.TryDate(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oui", true)]
    [InlineData("OUI", true)]
    [InlineData("x", true)]
    [InlineData("Non", false)]
    [InlineData("", false)]
    public void Yes_and_no(string text, bool expected)
    {
        Assert.True(CellParsing.TryBoolean(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Unknown_yes_no_value_is_not_guessed() => Assert.False(CellParsing.TryBoolean("peut-être", out _));

    [Theory]
    [InlineData("24", 24)]
    [InlineData("24h", 24)]
    [InlineData("35.0", 35)]
    public void Hours(string text, int expected)
    {
        Assert.True(CellParsing.TryInt(text, out var value));
        Assert.Equal(expected, value);
    }
}
