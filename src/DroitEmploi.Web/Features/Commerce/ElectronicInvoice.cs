using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Web.Documents;

namespace DroitEmploi.Web.Features.Commerce;

/// <summary>
/// The electronic forms of a validated invoice or credit note: Factur-X (the PDF as PDF/A-3B carrying the EN 16931
/// CII XML as factur-x.xml) and UBL 2.1. A draft or a quote has none.
/// </summary>
public static class ElectronicInvoice
{
    /// <summary>The Factur-X XMP extension schema (Factur-X 1.0, its PDF/A part).</summary>
    private static XmpExtension FacturX(string fileName) => new("Factur-X PDFA Extension Schema", "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#", "fx",
    [
        ("DocumentFileName", "The name of the embedded XML document", fileName),
        ("DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER", "INVOICE"),
        ("Version", "The actual version of the standard applying to the embedded XML document", "1.0"),
        ("ConformanceLevel", "The conformance level of the embedded XML document", CrossIndustryInvoice.ConformanceLevel),
    ]);

    public static ExportedFile FacturXFile(InvoiceDetails invoice)
    {
        var xml = CrossIndustryInvoice.Write(invoice);
        var attachment = new PdfAttachment(CrossIndustryInvoice.FileName, xml, "Facture Factur-X EN 16931", "Alternative", FacturX(CrossIndustryInvoice.FileName));
        // Dated at the issue date, so that the same invoice always gives the same document.
        var issued = new DateTimeOffset(invoice.IssueDate!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var pdf = PdfA3.Attach(InvoicePdf.Render(invoice), InvoicePdf.Title(invoice), attachment, issued);
        return new(pdf, "application/pdf", $"{InvoicePdf.BaseName(invoice)}-facturx.pdf");
    }

    public static ExportedFile UblFile(InvoiceDetails invoice) =>
        new(UniversalBusinessLanguage.Write(invoice), "application/xml", $"{InvoicePdf.BaseName(invoice)}-ubl.xml");
}
