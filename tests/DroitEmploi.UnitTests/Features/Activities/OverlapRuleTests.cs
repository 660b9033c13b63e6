using DroitEmploi.Core.Features.Activities;

namespace DroitEmploi.UnitTests.Features.Activities;

public class OverlapRuleTests
{
    private const int Territory = 1;

    private static Activity CarCleaning() =>
        Activity.Propose(10, Territory, new ActivityInput { Name = "Nettoyage de voitures", NafCode = "4520b", Tags = ["Lavage auto", "Mobilités"] }, "ebe", DateTime.UtcNow);

    [Fact]
    public void A_garage_of_the_same_naf_division_on_the_territory_is_listed_with_the_reason()
    {
        var garage = new OverlapCandidate(20, "Garage solidaire du Hainaut", "45.20A", ["mécanique"], [Territory], "Valenciennes");

        var overlap = Assert.Single(OverlapRule.Find(CarCleaning(), [garage], []));

        Assert.Equal(20, overlap.OrganisationId);
        Assert.Contains("division NAF (45)", Assert.Single(overlap.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_match_whatever_their_accents_case_and_plural()
    {
        var mobility = new OverlapCandidate(21, "Plateforme mobilité", "88.99B", ["MOBILITE", "lavages auto"], [Territory], null);

        var overlap = Assert.Single(OverlapRule.Find(CarCleaning(), [mobility], []));

        Assert.Equal(2, overlap.Reasons.Count);
        Assert.Contains(overlap.Reasons, r => r.Contains("« Mobilités » / « MOBILITE »", StringComparison.Ordinal));
    }

    [Fact]
    public void Organisations_elsewhere_unrelated_or_the_activity_own_are_not_listed_but_a_commune_counts_as_the_territory()
    {
        var elsewhere = new OverlapCandidate(22, "Garage de Lille", "45.20A", [], [2], "Lille");
        var unrelated = new OverlapCandidate(23, "Épicerie solidaire", "47.11B", ["alimentation"], [Territory], null);
        var itself = new OverlapCandidate(10, "L'EBE elle-même", "45.20B", ["lavage auto"], [Territory], null);
        var inCommune = new OverlapCandidate(24, "Carrosserie du centre", "45.20A", [], [], "Valenciennes");

        var found = OverlapRule.Find(CarCleaning(), [elsewhere, unrelated, itself, inCommune], ["Valenciennes"]);

        Assert.Equal([24], found.Select(f => f.OrganisationId));
    }

    [Theory]
    [InlineData("Espaces verts", "espace vert")]
    [InlineData("Réemploi", "REEMPLOI")]
    [InlineData("  lavages   AUTO ", "Lavage auto")]
    [InlineData("Travaux", "travau")]
    public void Tag_keys_ignore_accents_case_spaces_and_plurals(string a, string b) => Assert.Equal(TagKey.Of(a), TagKey.Of(b));

    [Fact]
    public void Different_tags_stay_different() => Assert.NotEqual(TagKey.Of("restauration"), TagKey.Of("restaurant"));

    [Theory]
    [InlineData("4520a", "45.20A")]
    [InlineData("45.20 A", "45.20A")]
    [InlineData(" ", null)]
    public void Naf_codes_are_written_one_way(string input, string? expected) => Assert.Equal(expected, Naf.Normalise(input));

    [Fact]
    public void A_malformed_naf_code_is_refused_on_its_field()
    {
        var refused = Assert.Throws<DroitEmploi.Core.Common.ValidationFailedException>(() => Naf.Normalise("garage"));
        Assert.Contains("nafCode", refused.Errors.Keys);
    }
}
