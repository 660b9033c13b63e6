using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>The logo printed at the top of an issuer's documents: a PNG or JPEG image, small enough for every invoice.</summary>
public static class IssuerLogo
{
    public const int MaxBytes = 300 * 1024;

    /// <summary>The image's content type, read from its first bytes rather than from its name; anything else is refused.</summary>
    public static string ContentType(byte[] content)
    {
        if (content.Length == 0)
        {
            throw ValidationFailedException.For("logo", "Le fichier est vide.");
        }
        if (content.Length > MaxBytes)
        {
            throw ValidationFailedException.For("logo", $"Le logo pèse {content.Length / 1024} Ko : {MaxBytes / 1024} Ko au plus.");
        }
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        return content.AsSpan().StartsWith(png) ? "image/png"
            : content.AsSpan().StartsWith(jpeg) ? "image/jpeg"
            : throw ValidationFailedException.For("logo", "Le logo doit être une image PNG ou JPEG.");
    }
}
