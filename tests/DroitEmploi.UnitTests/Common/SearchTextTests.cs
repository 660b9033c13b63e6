using DroitEmploi.Core.Common;

namespace DroitEmploi.UnitTests.Common;

public class SearchTextTests
{
    [Theory]
    [InlineData("La Cantine de Joséphine", "la cantine de josephine")]
    [InlineData("  ÉLAN  Œuvre   d'Insertion ", "elan oeuvre d insertion")]
    [InlineData("AREFEP — Actions", "arefep actions")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_removes_accents_case_and_punctuation(string? text, string expected) =>
        Assert.Equal(expected, SearchText.Fold(text));

    [Fact]
    public void Terms_split_a_query_into_folded_words()
    {
        Assert.Equal(["fabrique", "l", "emploi"], SearchText.Terms("Fabrique de l'Emploi").Where(t => t != "de"));
        Assert.Empty(SearchText.Terms("   "));
    }

    [Fact]
    public void Join_skips_empty_parts()
    {
        Assert.Equal("pioche loos", SearchText.Join(["La Pioche".Replace("La ", "", StringComparison.Ordinal), null, " ", "Loos"]));
    }
}
