using DroitEmploi.Core.Features.Parameters;

namespace DroitEmploi.UnitTests.Features.Parameters;

public class DatedParameterTests
{
    private static readonly DatedParameter[] Rates =
    [
        new() { Key = "rate", ValidFrom = new DateOnly(2021, 7, 1), ValidTo = new DateOnly(2023, 9, 30), Value = 1.02m },
        new() { Key = "rate", ValidFrom = new DateOnly(2023, 10, 1), Value = 0.95m },
    ];

    [Theory]
    [InlineData("2023-09-30", 1.02)]
    [InlineData("2023-10-01", 0.95)]
    [InlineData("2030-01-01", 0.95)]
    public void The_value_in_force_changes_on_its_start_date(string date, double expected) =>
        Assert.Equal((decimal)expected, DatedParameter.InForce(Rates, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))!.Value);

    [Fact]
    public void Before_the_first_value_there_is_none() =>
        Assert.Null(DatedParameter.InForce(Rates, new DateOnly(2020, 1, 1)));

    [Fact]
    public void Eligibility_thresholds_are_seeded_from_the_law_with_their_source()
    {
        var deprived = ParameterCatalogue.Seeds.Single(s => s.Key == ParameterCatalogue.MinMonthsDeprivedOfEmployment);
        var resident = ParameterCatalogue.Seeds.Single(s => s.Key == ParameterCatalogue.MinMonthsLivingInTerritory);
        Assert.Equal((12m, 6m), (deprived.Value, resident.Value));
        Assert.All(ParameterCatalogue.Seeds, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
    }
}
