using DroitEmploi.Core.Features.Commerce;

namespace DroitEmploi.UnitTests.Features.Commerce;

public class IdentifierTests
{
    [Theory]
    [InlineData("732 829 320", true)]
    [InlineData("732829321", false)]
    [InlineData("73282932", false)]
    [InlineData("ABCDEFGHI", false)]
    public void A_siren_has_nine_digits_and_a_luhn_key(string siren, bool valid) => Assert.Equal(valid, Siren.IsSiren(siren));

    [Theory]
    [InlineData("73282932000074", true)]
    [InlineData("73282932000075", false)]
    [InlineData("35600000000001", true)] // La Poste: the digits add up to a multiple of 5
    public void A_siret_has_fourteen_digits_and_a_luhn_key(string siret, bool valid) => Assert.Equal(valid, Siren.IsSiret(siret));

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189", true)]
    [InlineData("FR7630006000011234567890188", false)]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("FR76", false)]
    public void An_iban_is_checked_modulo_97(string iban, bool valid) => Assert.Equal(valid, Iban.IsValid(iban));
}
