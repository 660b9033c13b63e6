using System.Globalization;
using System.Xml.Linq;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// A validated invoice or credit note as OASIS UBL 2.1 under EN 16931: an Invoice, or a CreditNote whose lines are
/// CreditNoteLine. Elements follow the order of the UBL 2.1 schemas.
/// </summary>
public static class UniversalBusinessLanguage
{
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    public static byte[] Write(InvoiceDetails invoice) => EInvoiceCodes.Bytes(Document(invoice));

    public static XDocument Document(InvoiceDetails i)
    {
        EInvoiceCodes.EnsureIssued(i);
        var credit = i.Kind == InvoiceKind.CreditNote;
        XNamespace ns = credit ? "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" : "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
        var root = new XElement(ns + (credit ? "CreditNote" : "Invoice"),
            new XAttribute("xmlns", ns), new XAttribute(XNamespace.Xmlns + "cac", Cac), new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            new XElement(Cbc + "CustomizationID", EInvoiceCodes.Specification),
            new XElement(Cbc + "ID", i.Number),
            new XElement(Cbc + "IssueDate", Date(i.IssueDate!.Value)),
            // A UBL credit note has no header due date: EN 16931 puts it in PaymentMeans.
            !credit && i.DueDate is { } due ? new XElement(Cbc + "DueDate", Date(due)) : null,
            new XElement(Cbc + (credit ? "CreditNoteTypeCode" : "InvoiceTypeCode"), EInvoiceCodes.TypeCode(i.Kind)),
            Notes(i),
            new XElement(Cbc + "DocumentCurrencyCode", EInvoiceCodes.Currency),
            string.IsNullOrEmpty(i.Client.ServiceCode) ? null : new XElement(Cbc + "BuyerReference", i.Client.ServiceCode),
            string.IsNullOrEmpty(i.Client.CommitmentNumber) ? null : new XElement(Cac + "OrderReference", new XElement(Cbc + "ID", i.Client.CommitmentNumber)),
            i.CreditedInvoiceNumber is { } credited
                ? new XElement(Cac + "BillingReference", new XElement(Cac + "InvoiceDocumentReference", new XElement(Cbc + "ID", credited)))
                : null,
            new XElement(Cac + "AccountingSupplierParty", Seller(i)),
            new XElement(Cac + "AccountingCustomerParty", Buyer(i.Client)),
            i.ServiceDate is { } served ? new XElement(Cac + "Delivery", new XElement(Cbc + "ActualDeliveryDate", Date(served))) : null,
            new XElement(Cac + "PaymentMeans",
                new XElement(Cbc + "PaymentMeansCode", EInvoiceCodes.SepaCreditTransfer),
                credit && i.DueDate is { } creditDue ? new XElement(Cbc + "PaymentDueDate", Date(creditDue)) : null,
                new XElement(Cac + "PayeeFinancialAccount", new XElement(Cbc + "ID", i.Issuer.Iban))),
            new XElement(Cac + "PaymentTerms", new XElement(Cbc + "Note", InvoiceTerms.Payment(i.Issuer))),
            new XElement(Cac + "TaxTotal",
                Money("TaxAmount", i.TotalVat),
                EInvoiceCodes.Breakdown(i).Select(b => new XElement(Cac + "TaxSubtotal",
                    Money("TaxableAmount", b.Vat.Net),
                    Money("TaxAmount", b.Vat.Vat),
                    TaxCategory("TaxCategory", b.Category, b.Vat.Rate, b.Reason)))),
            new XElement(Cac + "LegalMonetaryTotal",
                Money("LineExtensionAmount", i.TotalNet),
                Money("TaxExclusiveAmount", i.TotalNet),
                Money("TaxInclusiveAmount", i.TotalGross),
                Money("PayableAmount", i.TotalGross)),
            i.Lines.Select(l => Line(i, l, credit)));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>Notes carry their UNTDID 4451 subject as "#CODE#text", the EN 16931 convention for UBL.</summary>
    private static IEnumerable<XElement> Notes(InvoiceDetails i)
    {
        var notes = new List<(string Subject, string? Text)>
        {
            ("REG", i.OnBehalfOf is { } behalf ? $"Pour le compte de {behalf}" : null),
            ("TXD", VatExemption.Mention(i.Issuer.VatRegime)),
            ("AAB", InvoiceTerms.Payment(i.Issuer)),
            ("PMD", InvoiceTerms.Penalties(i.Issuer)),
            ("PMT", InvoiceTerms.RecoveryIndemnity(i)),
        };
        return notes.Where(n => n.Text is not null).Select(n => new XElement(Cbc + "Note", $"#{n.Subject}#{n.Text}"));
    }

    private static XElement Seller(InvoiceDetails i)
    {
        var address = EInvoiceCodes.Address(i.Issuer);
        return new XElement(Cac + "Party",
            new XElement(Cbc + "EndpointID", new XAttribute("schemeID", address.Scheme), address.Id),
            PostalAddress(i.Issuer.Street, i.Issuer.PostalCode, i.Issuer.City),
            SellerTaxScheme(i),
            new XElement(Cac + "PartyLegalEntity",
                new XElement(Cbc + "RegistrationName", i.Issuer.LegalName),
                new XElement(Cbc + "CompanyID", new XAttribute("schemeID", EInvoiceCodes.SirenScheme), i.Issuer.Siren)));
    }

    /// <summary>BT-31 (VAT number) where the issuer has one; otherwise BT-32 with its SIREN; none outside VAT.</summary>
    private static XElement? SellerTaxScheme(InvoiceDetails i) =>
        i.Issuer.VatRegime == VatRegime.NotLiable ? null
        : string.IsNullOrEmpty(i.Issuer.VatNumber)
            ? new XElement(Cac + "PartyTaxScheme", new XElement(Cbc + "CompanyID", i.Issuer.Siren), new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "FC")))
            : new XElement(Cac + "PartyTaxScheme", new XElement(Cbc + "CompanyID", i.Issuer.VatNumber), new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT")));

    private static XElement Buyer(ClientView client)
    {
        var legal = EInvoiceCodes.LegalId(client);
        return new XElement(Cac + "Party",
            EInvoiceCodes.Address(client) is { } routed ? new XElement(Cbc + "EndpointID", new XAttribute("schemeID", routed.Scheme), routed.Id) : null,
            PostalAddress(client.Street, client.PostalCode, client.City),
            new XElement(Cac + "PartyLegalEntity",
                new XElement(Cbc + "RegistrationName", client.Name),
                legal is { } id ? new XElement(Cbc + "CompanyID", new XAttribute("schemeID", id.Scheme), id.Id) : null));
    }

    private static XElement PostalAddress(string street, string postalCode, string city) =>
        new(Cac + "PostalAddress",
            new XElement(Cbc + "StreetName", street),
            new XElement(Cbc + "CityName", city),
            new XElement(Cbc + "PostalZone", postalCode),
            new XElement(Cac + "Country", new XElement(Cbc + "IdentificationCode", EInvoiceCodes.Country)));

    private static XElement Line(InvoiceDetails i, InvoiceLineView l, bool credit) =>
        new(Cac + (credit ? "CreditNoteLine" : "InvoiceLine"),
            new XElement(Cbc + "ID", l.Position),
            new XElement(Cbc + (credit ? "CreditedQuantity" : "InvoicedQuantity"), new XAttribute("unitCode", EInvoiceCodes.UnitCode(l.Unit)), EInvoiceCodes.Quantity(l.Quantity)),
            Money("LineExtensionAmount", l.NetAmount),
            new XElement(Cac + "Item",
                new XElement(Cbc + "Name", l.Description),
                TaxCategory("ClassifiedTaxCategory", VatExemption.CategoryCode(i.Issuer.VatRegime, l.VatCategory), l.VatRate, reason: null)),
            new XElement(Cac + "Price", Money("PriceAmount", l.UnitPrice)));

    private static XElement TaxCategory(string name, string category, decimal rate, string? reason) =>
        new(Cac + name,
            new XElement(Cbc + "ID", category),
            category == "O" ? null : new XElement(Cbc + "Percent", EInvoiceCodes.Percent(rate)),
            reason is null ? null : new XElement(Cbc + "TaxExemptionReason", reason),
            new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT")));

    private static XElement Money(string name, decimal amount) =>
        new(Cbc + name, new XAttribute("currencyID", EInvoiceCodes.Currency), EInvoiceCodes.Amount(amount));

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
