using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Commerce;

namespace DroitEmploi.UnitTests.Features.Commerce;

public sealed class IssuerLogoTests
{
    [Fact]
    public void A_png_or_a_jpeg_is_taken_by_its_first_bytes()
    {
        Assert.Equal("image/png", IssuerLogo.ContentType([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.Equal("image/jpeg", IssuerLogo.ContentType([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]));
    }

    [Fact]
    public void Anything_else_an_empty_file_or_a_heavy_one_is_refused_on_the_logo()
    {
        var png = new byte[IssuerLogo.MaxBytes + 1];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        foreach (var refused in new[] { "GIF89a"u8.ToArray(), "=HYPERLINK(\"x\")"u8.ToArray(), [], png })
        {
            var error = Assert.Throws<ValidationFailedException>(() => IssuerLogo.ContentType(refused));
            Assert.True(error.Errors.ContainsKey("logo"));
        }
    }

    [Fact]
    public void Removing_the_logo_clears_its_type()
    {
        var issuer = CommerceFixtures.Issuer();
        issuer.SetLogo([0xFF, 0xD8, 0xFF, 0xE0]);
        Assert.Equal("image/jpeg", issuer.LogoContentType);
        issuer.SetLogo(null);
        Assert.Null(issuer.Logo);
        Assert.Null(issuer.LogoContentType);
    }
}
