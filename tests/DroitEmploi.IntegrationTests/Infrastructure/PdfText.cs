using System.Net;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>The words of a PDF answer, in reading order, joined by spaces: what a reader sees, whatever the line breaks.</summary>
public static class PdfText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
