using System.Globalization;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Web.Components.Shared;
using DroitEmploi.Web.Documents;

namespace DroitEmploi.Web.Features.Commerce;

/// <summary>An invoice or credit note as the client receives it, with every mention French law asks for.</summary>
public static class InvoicePdf
{
    /// <summary>The PDF as a file to download: "facture-FA-2026-00012.pdf", or "brouillon-42.pdf" before a number.</summary>
    public static Core.Common.Files.ExportedFile File(InvoiceDetails invoice) => new(Render(invoice), "application/pdf", $"{BaseName(invoice)}.pdf");

    /// <summary>"facture-FA-2026-00012", or "brouillon-42" before a number.</summary>
    public static string BaseName(InvoiceDetails invoice) =>
        invoice.Number is { } number ? $"{CommerceLabels.French(invoice.Kind).ToLowerInvariant()}-{number}" : $"brouillon-{invoice.Id}";

    public static string Title(InvoiceDetails i) =>
        i.Number is null ? $"{CommerceLabels.French(i.Kind)} (brouillon, sans valeur)" : $"{CommerceLabels.French(i.Kind)} n° {i.Number}";

    public static byte[] Render(InvoiceDetails i)
    {
        var title = Title(i);
        using var pdf = new PdfFlow(title, $"{i.Issuer.LegalName} — SIREN {i.Issuer.Siren}");
        if (i.IssuerLogo is { } logo)
        {
            pdf.Image(logo, maxHeight: 48);
        }
        pdf.Title(title);
        if (i.CreditedInvoiceNumber is { } credited)
        {
            pdf.Paragraph($"Avoir sur la facture n° {credited}.");
        }

        pdf.Heading("Émetteur");
        pdf.Field("Raison sociale", i.Issuer.LegalName);
        pdf.Field("Adresse", $"{i.Issuer.Street}, {i.Issuer.PostalCode} {i.Issuer.City}");
        pdf.Field("SIREN", i.Issuer.Siren);
        pdf.Field("SIRET", i.Issuer.Siret);
        pdf.Field("N° de TVA intracommunautaire", i.Issuer.VatNumber);
        if (i.OnBehalfOf is { } behalf)
        {
            pdf.Field("Pour le compte de", behalf);
        }

        pdf.Heading("Client");
        pdf.Field("Nom", i.Client.Name);
        pdf.Field("Adresse", $"{i.Client.Street}, {i.Client.PostalCode} {i.Client.City}");
        pdf.Field("SIREN", i.Client.Siren);
        if (i.Client.Kind == ClientKind.PublicBody)
        {
            pdf.Field("SIRET", i.Client.Siret);
            pdf.Field("Code service", i.Client.ServiceCode);
            pdf.Field("N° d'engagement", i.Client.CommitmentNumber);
        }

        pdf.Heading("Dates et nature");
        pdf.Field("Date d'émission", Formats.Date(i.IssueDate));
        pdf.Field("Date de la vente ou de la prestation", Formats.Date(i.ServiceDate));
        if (i.Kind == InvoiceKind.Quote)
        {
            pdf.Field("Valable jusqu'au", Formats.Date(i.ValidUntil));
        }
        else
        {
            pdf.Field("Date d'échéance", Formats.Date(i.DueDate));
        }
        pdf.Field("Catégorie de l'opération", CommerceLabels.French(i.Category));

        pdf.Heading("Détail");
        pdf.Table(["Désignation", "Quantité", "Unité", "Prix unitaire HT", "TVA", "Montant HT"], [4.5, 1.2, 1.2, 1.8, 1, 1.8],
            i.Lines.Select(l => (IReadOnlyList<string>)[l.Description, l.Quantity.ToString("0.###", Formats.French), CommerceLabels.French(l.Unit),
                Formats.Euros(l.UnitPrice), Rate(l.VatRate), Formats.Euros(l.NetAmount)]),
            "Aucune ligne.");
        pdf.Table(["TVA", "Base HT", "Montant de TVA"], [2, 2, 2],
            i.VatBreakdown.Select(b => (IReadOnlyList<string>)[Rate(b.Rate), Formats.Euros(b.Net), Formats.Euros(b.Vat)]), "—");
        pdf.Field("Total HT", Formats.Euros(i.TotalNet));
        pdf.Field("Total TVA", Formats.Euros(i.TotalVat));
        pdf.Field("Total TTC", Formats.Euros(i.TotalGross));
        if (VatExemption.Mention(i.Issuer.VatRegime) is { } mention)
        {
            pdf.Paragraph(mention);
        }

        if (i.Kind == InvoiceKind.Quote)
        {
            pdf.Paragraph("Devis gratuit. Bon pour accord : date et signature du client.");
            return pdf.ToBytes();
        }
        pdf.Heading("Paiement");
        pdf.Field("IBAN", Iban.Display(i.Issuer.Iban));
        pdf.Field("BIC", i.Issuer.Bic);
        pdf.Paragraph(string.Join(" ", new[] { InvoiceTerms.Payment(i.Issuer), InvoiceTerms.Penalties(i.Issuer), InvoiceTerms.RecoveryIndemnity(i) }.OfType<string>()),
            small: true);
        if (i.Payments.Count > 0)
        {
            pdf.Table(["Payé le", "Moyen", "Montant"], [2, 2, 2],
                i.Payments.Select(p => (IReadOnlyList<string>)[Formats.Date(p.PaidOn), CommerceLabels.French(p.Means), Formats.Euros(p.Amount)]), "");
            pdf.Field("Reste dû", Formats.Euros(i.Balance));
        }
        return pdf.ToBytes();
    }

    private static string Rate(decimal rate) => rate == 0 ? "0 %" : (rate * 100).ToString("0.##", CultureInfo.GetCultureInfo("fr-FR")) + " %";
}
