using DroitEmploi.Core.Common;
using DroitEmploi.Web.Components.Shared;

namespace DroitEmploi.IntegrationTests.Components.Shared;

/// <summary>Figures on screen read as French readers write them: no decimal points in hours, rates in per cent, weeks by their dates.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData(420, "7 h")]
    [InlineData(210, "3 h 30")]
    [InlineData(245, "4 h 05")]
    public void Minutes_read_as_hours_and_minutes(int minutes, string expected) => Assert.Equal(expected, Formats.Hours(minutes));

    [Fact]
    public void Weekly_hours_read_as_hours_and_minutes() => Assert.Equal(("24 h", "24 h 30"), (Formats.Hours(24m), Formats.Hours(24.5m)));

    [Theory]
    [InlineData(0.15, "taux", "15 %")]
    [InlineData(1.02, "taux", "102 %")]
    [InlineData(12.02, "€", "12,02 €")]
    [InlineData(35, "heures", "35 h")]
    [InlineData(12, "mois", "12 mois")]
    public void Dated_parameters_read_as_people_write_them(decimal value, string unit, string expected) =>
        Assert.Equal(expected, Formats.Parameter(value, unit).Replace('\u202f', ' ').Replace('\u00a0', ' '));

    [Fact]
    public void A_shift_reads_with_its_start_and_end_or_its_length_alone() =>
        Assert.Equal(("de 8 h 30 à 12 h 30 (4 h)", "7 h"), (Formats.Shift(new TimeOnly(8, 30), 240), Formats.Shift(null, 420)));

    [Fact]
    public void A_week_is_named_by_its_dates() =>
        Assert.Equal("du lundi 30 novembre au dimanche 6 décembre", IsoWeeks.Label(new DateOnly(2026, 11, 30)));
}
