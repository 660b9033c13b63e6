using DroitEmploi.Core.Features.Activities;

namespace DroitEmploi.UnitTests.Features.Activities;

public class WishMatchTests
{
    private static readonly IReadOnlyList<ActivityChoice> Barakajobs =
    [
        new(1, "Friperie", "Réemploi", ["textile", "réemploi"], ActivityStatus.Active),
        new(2, "Tonte et petits travaux", "Services", ["tonte", "petits travaux"], ActivityStatus.Active),
        new(3, "Traiteur", "Alimentation", ["traiteur", "cuisine"], ActivityStatus.Active),
    ];

    [Fact]
    public void A_wish_stands_for_the_record_of_that_name_or_tag_whatever_its_accents_case_or_plural()
    {
        Assert.Equal(["Friperie", "Tonte et petits travaux", "Traiteur"], WishMatch.Names(Barakajobs, ["FRIPERIES", "tonte", "Cuisines"]));
        Assert.Equal(["Friperie"], WishMatch.Names(Barakajobs, ["Réemploi", "reemploi", "textiles"]));
    }

    [Fact]
    public void A_wish_no_record_stands_for_is_reported_not_guessed()
    {
        Assert.Empty(WishMatch.Names(Barakajobs, ["maraîchage"]));
        Assert.Equal(["maraîchage", "couture"], WishMatch.Unmatched(Barakajobs, ["maraîchage", "tonte", "couture"]));
    }
}
