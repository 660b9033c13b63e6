using DroitEmploi.Core.Common;

namespace DroitEmploi.UnitTests.Common;

public class ClockTests
{
    [Theory]
    [InlineData("1980-06-14", "2026-06-13", 45)]
    [InlineData("1980-06-14", "2026-06-14", 46)]
    [InlineData("2000-02-29", "2026-02-28", 26)] // No 29 February in 2026: the birthday is the 28th.
    [InlineData("2000-02-29", "2026-02-27", 25)]
    [InlineData("2000-02-29", "2028-02-28", 27)]
    [InlineData("2000-02-29", "2028-02-29", 28)]
    public void Age_is_counted_in_whole_years(string birth, string on, int age) =>
        Assert.Equal(age, Clock.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_birth_date_limit_of_an_age_agrees_with_the_age_on_every_day_of_eight_years()
    {
        // Every day from 2024 to 2031 (two leap years), every birth within three days of each limit.
        for (var date = new DateOnly(2024, 1, 1); date < new DateOnly(2032, 1, 1); date = date.AddDays(1))
        {
            foreach (var age in new[] { 26, 43, 62 })
            {
                var limit = Clock.BornAfterFor(age, date);
                for (var offset = -3; offset <= 3; offset++)
                {
                    var birth = limit.AddDays(offset);
                    Assert.True(birth > limit == Clock.AgeOn(birth, date) < age, $"born {birth}, on {date}, age {age}: limit {limit}");
                }
            }
        }
    }
}
