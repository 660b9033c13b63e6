using DroitEmploi.Core.Features.People;

namespace DroitEmploi.UnitTests.Features.People;

public class EligibilityTests
{
    private static readonly EligibilityThresholds Law = new(MinMonthsDeprivedOfEmployment: 12, MinMonthsLivingInTerritory: 6);
    private static readonly DateOnly LongAgo = new(2015, 1, 1);

    [Fact]
    public void Exactly_twelve_months_of_deprivation_is_enough()
    {
        var facts = new EligibilityFacts(new DateOnly(2024, 3, 15), LongAgo, InPerimeter: true);
        Assert.True(Eligibility.Assess(facts, Law, new DateOnly(2025, 3, 15)).Eligible);
    }

    [Fact]
    public void Exactly_six_months_of_residence_is_enough_and_each_met_condition_is_said()
    {
        var facts = new EligibilityFacts(LongAgo, new DateOnly(2024, 9, 15), InPerimeter: true);
        var proposal = Eligibility.Assess(facts, Law, new DateOnly(2025, 3, 15));
        Assert.True(proposal.Eligible);
        Assert.Equal(
        [
            "Privée d'emploi depuis au moins 12 mois (depuis le 1 janvier 2015).",
            "Habite le territoire depuis au moins 6 mois (depuis le 15 septembre 2024).",
            "L'adresse est dans le périmètre habilité.",
        ], proposal.Reasons);
        Assert.Equal(new DateOnly(2025, 3, 15), proposal.ConditionsMetOn);
        Assert.Empty(proposal.Unmet);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void An_unknown_date_is_never_taken_as_a_condition_met(bool deprivationKnown, bool residenceKnown)
    {
        var facts = new EligibilityFacts(deprivationKnown ? LongAgo : null, residenceKnown ? LongAgo : null, InPerimeter: true);
        var proposal = Eligibility.Assess(facts, Law, new DateOnly(2025, 3, 15));
        Assert.False(proposal.Eligible);
        Assert.Null(proposal.ConditionsMetOn);
        Assert.Contains(proposal.Reasons, r => r.EndsWith("n'est pas renseignée.", StringComparison.Ordinal));
    }

    [Fact]
    public void One_day_short_of_twelve_months_is_not_and_says_so()
    {
        var facts = new EligibilityFacts(new DateOnly(2024, 3, 15), LongAgo, InPerimeter: true);
        var proposal = Eligibility.Assess(facts, Law, new DateOnly(2025, 3, 14));
        Assert.False(proposal.Eligible);
        Assert.Contains("Il manque 1 jour de privation d'emploi (condition remplie le 15 mars 2025).", proposal.Reasons);
        Assert.Equal(["Il manque 1 jour de privation d'emploi (condition remplie le 15 mars 2025)."], proposal.Unmet);
        Assert.Equal(new DateOnly(2025, 3, 15), proposal.ConditionsMetOn);
    }

    [Fact]
    public void Deprived_since_29_february_reaches_twelve_months_on_28_february()
    {
        var facts = new EligibilityFacts(new DateOnly(2024, 2, 29), LongAgo, InPerimeter: true);
        Assert.False(Eligibility.Assess(facts, Law, new DateOnly(2025, 2, 27)).Eligible);
        Assert.True(Eligibility.Assess(facts, Law, new DateOnly(2025, 2, 28)).Eligible);
    }

    [Fact]
    public void Missing_residence_is_told_in_months()
    {
        var facts = new EligibilityFacts(LongAgo, new DateOnly(2026, 7, 10), InPerimeter: true);
        var proposal = Eligibility.Assess(facts, Law, new DateOnly(2026, 11, 10));
        Assert.False(proposal.Eligible);
        Assert.Contains("Il manque 2 mois de résidence sur le territoire (condition remplie le 10 janvier 2027).", proposal.Reasons);
    }

    [Fact]
    public void An_address_outside_the_perimeter_is_not_eligible_whatever_the_durations()
    {
        var proposal = Eligibility.Assess(new EligibilityFacts(LongAgo, LongAgo, InPerimeter: false), Law, new DateOnly(2026, 1, 1));
        Assert.False(proposal.Eligible);
        Assert.Null(proposal.ConditionsMetOn);
        Assert.Contains("L'adresse n'est pas dans le périmètre habilité.", proposal.Reasons);
    }

    [Fact]
    public void Unknown_dates_are_named_as_missing_information()
    {
        var proposal = Eligibility.Assess(new EligibilityFacts(null, null, InPerimeter: true), Law, new DateOnly(2026, 1, 1));
        Assert.False(proposal.Eligible);
        Assert.Equal(2, proposal.Reasons.Count(r => r.Contains("n'est pas renseignée", StringComparison.Ordinal)));
    }

    [Fact]
    public void Other_thresholds_give_another_answer_on_the_same_facts()
    {
        var facts = new EligibilityFacts(new DateOnly(2025, 1, 1), LongAgo, InPerimeter: true);
        var on = new DateOnly(2026, 3, 1);
        Assert.True(Eligibility.Assess(facts, Law, on).Eligible);
        Assert.False(Eligibility.Assess(facts, Law with { MinMonthsDeprivedOfEmployment = 18 }, on).Eligible);
    }

    [Theory]
    [InlineData("2026-01-10", "2026-03-10", "2 mois")]
    [InlineData("2026-01-10", "2026-02-13", "1 mois et 3 jours")]
    [InlineData("2026-01-10", "2026-01-22", "12 jours")]
    [InlineData("2026-01-31", "2026-02-28", "1 mois")] // a month after 31 January is 28 February, as for eligibility
    [InlineData("2026-01-10", "2026-01-11", "1 jour")]
    public void Missing_time_reads_naturally(string from, string until, string expected) =>
        Assert.Equal(expected, Eligibility.Missing(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture)));
}
