using PdfSharp.Fonts;

namespace DroitEmploi.Web.Documents;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces shipped inside the application, so that a document looks the
/// same on a server with no fonts installed and every French character (œ, é, ·) is there.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();

    /// <summary>PDFsharp keeps one resolver for the process; the first document installs it.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"DroitEmploi.Web.Documents.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
