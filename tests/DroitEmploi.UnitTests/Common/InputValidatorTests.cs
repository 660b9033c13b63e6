using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Territories;

namespace DroitEmploi.UnitTests.Common;

public class InputValidatorTests
{
    [Fact]
    public void Valid_input_passes()
    {
        var input = new TerritoryInput { Name = "Valenciennes", Perimeter = [new() { Name = "Valenciennes", InseeCode = "59606" }] };
        var error = Record.Exception(() => InputValidator.Validate(input));
        Assert.Null(error);
    }

    [Fact]
    public void Nested_errors_are_reported_with_their_path_in_camel_case()
    {
        var input = new TerritoryInput
        {
            Name = "",
            Perimeter = [new() { Name = "Valenciennes", InseeCode = "59606" }, new() { Name = "", InseeCode = "123" }],
            Ambitions = [new() { TargetDate = new DateOnly(2026, 12, 31) }],
        };
        var error = Assert.Throws<ValidationFailedException>(() => InputValidator.Validate(input));
        Assert.Equal(
            ["ambitions[0].jobsInEmploymentCompanies", "name", "perimeter[1].inseeCode", "perimeter[1].name"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("au moins un emploi", error.Errors["ambitions[0].jobsInEmploymentCompanies"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("59606", true)]
    [InlineData("2A004", true)]
    [InlineData("2B033", true)]
    [InlineData("5960", false)]
    [InlineData("59 606", false)]
    [InlineData("ABCDE", false)]
    public void Insee_codes_have_five_characters_with_corsica(string code, bool valid)
    {
        var input = new TerritoryInput { Name = "T", Perimeter = [new() { Name = "C", InseeCode = code }] };
        var exception = Record.Exception(() => InputValidator.Validate(input));
        Assert.Equal(valid, exception is null);
    }
}
