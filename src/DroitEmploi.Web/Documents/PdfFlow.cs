using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DroitEmploi.Web.Documents;

/// <summary>
/// An A4 document written from top to bottom — title, headings, paragraphs, label and value lines,
/// tables — that turns the page when it is full and numbers the pages at the end.
/// </summary>
public sealed class PdfFlow : IDisposable
{
    private const double Margin = 50;
    private const double LabelWidth = 160;
    private const double CellPadding = 3;

    private readonly PdfDocument _document = new();
    private readonly XFont _body;
    private readonly XFont _bold;
    private readonly XFont _small;
    private readonly XFont _heading;
    private readonly XFont _title;
    private readonly string _footer;
    private XGraphics _graphics = null!;
    private double _y;

    public PdfFlow(string title, string footer)
    {
        EmbeddedFontResolver.Install();
        _document.Info.Title = title;
        _document.Info.Creator = "DroitEmploi";
        _footer = footer;
        _body = new XFont(EmbeddedFontResolver.Family, 9.5);
        _bold = new XFont(EmbeddedFontResolver.Family, 9.5, XFontStyleEx.Bold);
        _small = new XFont(EmbeddedFontResolver.Family, 8);
        _heading = new XFont(EmbeddedFontResolver.Family, 12.5, XFontStyleEx.Bold);
        _title = new XFont(EmbeddedFontResolver.Family, 17, XFontStyleEx.Bold);
        NewPage();
    }

    private double Width => _graphics.PageSize.Width - 2 * Margin;
    private double Bottom => _graphics.PageSize.Height - Margin - 14;

    public void Title(string text)
    {
        Lines(text, _title, Margin, Width, 4);
        _y += 6;
    }

    public void Heading(string text)
    {
        Room(_heading.Height * 3);
        _y += 10;
        Lines(text, _heading, Margin, Width, 2);
        _graphics.DrawLine(XPens.LightGray, Margin, _y, Margin + Width, _y);
        _y += 5;
    }

    /// <summary>
    /// An image (a logo) at the left margin, at most <paramref name="maxHeight"/> points high and as wide as the text;
    /// an image PDFsharp cannot read is left out rather than failing the whole document.
    /// </summary>
    public bool Image(byte[] content, double maxHeight)
    {
        XImage image;
        try
        {
            image = XImage.FromStream(new MemoryStream(content));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IOException or IndexOutOfRangeException)
        {
            return false;
        }
        using (image)
        {
            var scale = Math.Min(maxHeight / image.PointHeight, Width / image.PointWidth);
            var height = image.PointHeight * scale;
            Room(height);
            _graphics.DrawImage(image, Margin, _y, image.PointWidth * scale, height);
            _y += height + 8;
        }
        return true;
    }

    public void Paragraph(string text, bool small = false) => Lines(text, small ? _small : _body, Margin, Width, 3);

    /// <summary>A label and its value side by side; an empty value reads "—".</summary>
    public void Field(string label, string? value)
    {
        var labelLines = Wrap(label, _bold, LabelWidth - 8);
        var valueLines = Wrap(string.IsNullOrWhiteSpace(value) ? "—" : value, _body, Width - LabelWidth);
        var height = Math.Max(labelLines.Count, valueLines.Count) * _body.Height;
        Room(height);
        Draw(labelLines, _bold, Margin, _y);
        Draw(valueLines, _body, Margin + LabelWidth, _y);
        _y += height + 2;
    }

    /// <summary>A table whose columns share the width by the given weights; the header repeats on each page.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> weights, IEnumerable<IReadOnlyList<string>> rows, string empty)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => Width * w / total).ToArray();
        Row(headers, widths, _bold, XBrushes.WhiteSmoke);
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            if (!Row(row, widths, _body, null))
            {
                NewPage();
                Row(headers, widths, _bold, XBrushes.WhiteSmoke);
                Row(row, widths, _body, null);
            }
        }
        if (!any)
        {
            Paragraph(empty);
        }
        _y += 4;
    }

    public byte[] ToBytes()
    {
        _graphics.Dispose();
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"{_footer} — page {i + 1} sur {count}";
            graphics.DrawString(text, _small, XBrushes.Gray, new XRect(Margin, graphics.PageSize.Height - Margin + 4, graphics.PageSize.Width - 2 * Margin, 12), XStringFormats.TopCenter);
        }
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }

    /// <summary>Writes one row, or answers false without writing when it does not fit the page.</summary>
    private bool Row(IReadOnlyList<string> cells, double[] widths, XFont font, XBrush? background)
    {
        var wrapped = widths.Select((w, i) => Wrap(i < cells.Count ? cells[i] : "", font, w - 2 * CellPadding)).ToList();
        var height = wrapped.Max(l => l.Count) * font.Height + 2 * CellPadding;
        if (_y + height > Bottom)
        {
            if (background is null)
            {
                return false;
            }
            NewPage();
        }
        if (background is not null)
        {
            _graphics.DrawRectangle(background, Margin, _y, Width, height);
        }
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            Draw(wrapped[i], font, x + CellPadding, _y + CellPadding);
            x += widths[i];
        }
        _y += height;
        _graphics.DrawLine(XPens.LightGray, Margin, _y, Margin + Width, _y);
        return true;
    }

    private void Lines(string text, XFont font, double x, double width, double after)
    {
        foreach (var line in Wrap(text, font, width))
        {
            Room(font.Height);
            _graphics.DrawString(line, font, XBrushes.Black, new XRect(x, _y, width, font.Height), XStringFormats.TopLeft);
            _y += font.Height;
        }
        _y += after;
    }

    private void Draw(List<string> lines, XFont font, double x, double y)
    {
        foreach (var line in lines)
        {
            _graphics.DrawString(line, font, XBrushes.Black, new XRect(x, y, Width, font.Height), XStringFormats.TopLeft);
            y += font.Height;
        }
    }

    private void Room(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    /// <summary>Breaks text into lines that fit the width, at spaces, or inside a word too long for a line.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Fits(candidate, font, width))
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                while (!Fits(line, font, width) && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && !Fits(line[..cut], font, width))
                    {
                        cut--;
                    }
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private bool Fits(string text, XFont font, double width) => _graphics.MeasureString(text, font).Width <= width;
}
