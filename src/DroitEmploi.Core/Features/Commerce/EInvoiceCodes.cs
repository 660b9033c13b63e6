using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// The EN 16931 values that the CII (Factur-X) and UBL forms of an invoice share: code lists, number formats,
/// and which identifiers name each party.
/// </summary>
public static class EInvoiceCodes
{
    public const string Specification = "urn:cen.eu:en16931:2017";
    public const string Currency = "EUR";
    public const string Country = "FR";
    /// <summary>UNTDID 4461: SEPA credit transfer, paid to the issuer's IBAN.</summary>
    public const string SepaCreditTransfer = "58";
    /// <summary>ISO 6523 schemes: SIRENE (a SIREN) and SIRET.</summary>
    public const string SirenScheme = "0002";
    public const string SiretScheme = "0009";

    /// <summary>UNTDID 1001: 380 commercial invoice, 381 credit note.</summary>
    public static string TypeCode(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Invoice => "380",
        InvoiceKind.CreditNote => "381",
        _ => throw new BusinessRuleException("Un devis n'a pas de forme électronique : seules les factures et les avoirs en ont une."),
    };

    /// <summary>UN/ECE Recommendation 20 units.</summary>
    public static string UnitCode(SaleUnit unit) => unit switch
    {
        SaleUnit.Hour => "HUR",
        SaleUnit.Piece => "H87",
        SaleUnit.Kilogram => "KGM",
        _ => "LS",
    };

    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Quantity(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A rate as a percentage: 0.055 → "5.5".</summary>
    public static string Percent(decimal rate) => (rate * 100).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A party's legal identifier: the SIRET for a public body (Chorus Pro routes by it), else the SIREN.</summary>
    public static (string Id, string Scheme)? LegalId(ClientView client) =>
        client.Kind == ClientKind.PublicBody && !string.IsNullOrEmpty(client.Siret) ? (client.Siret, SiretScheme)
        : !string.IsNullOrEmpty(client.Siren) ? (client.Siren, SirenScheme)
        : null;

    /// <summary>
    /// The client's electronic address (BT-49): its legal identifier where it has one, else its e-mail (scheme EM);
    /// Peppol requires one, EN 16931 does not.
    /// </summary>
    public static (string Id, string Scheme)? Address(ClientView client) =>
        LegalId(client) ?? (string.IsNullOrEmpty(client.Email) ? null : (client.Email, "EM"));

    /// <summary>The issuer's electronic address: its SIRET where known, else its SIREN.</summary>
    public static (string Id, string Scheme) Address(IssuerView issuer) =>
        !string.IsNullOrEmpty(issuer.Siret) ? (issuer.Siret, SiretScheme) : (issuer.Siren, SirenScheme);

    /// <summary>Only a validated invoice or credit note has an electronic form: a draft has no number and may still change.</summary>
    public static void EnsureIssued(InvoiceDetails invoice)
    {
        TypeCode(invoice.Kind);
        if (invoice.Number is null)
        {
            throw new BusinessRuleException("Validez d'abord ce document : un brouillon n'a ni numéro ni forme électronique.");
        }
    }

    /// <summary>The VAT lines of the footer with the EN 16931 category each one sends.</summary>
    public static IEnumerable<(VatBreakdown Vat, string Category, string? Reason)> Breakdown(InvoiceDetails invoice) =>
        invoice.VatBreakdown.Select(b => (b, VatExemption.CategoryCode(invoice.Issuer.VatRegime, b.Category), VatExemption.Reason(invoice.Issuer.VatRegime, b.Category)));

    public static byte[] Bytes(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }
}
