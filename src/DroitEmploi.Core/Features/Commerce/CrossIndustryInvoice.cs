using System.Xml.Linq;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// A validated invoice or credit note as UN/CEFACT Cross Industry Invoice, profile EN 16931: the XML that a
/// Factur-X PDF carries as factur-x.xml. Elements follow the order of the CII D16B schema.
/// </summary>
public static class CrossIndustryInvoice
{
    public const string FileName = "factur-x.xml";
    /// <summary>The Factur-X profile this XML conforms to, as its XMP metadata names it.</summary>
    public const string ConformanceLevel = "EN 16931";

    private static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    private static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    private static readonly XNamespace Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    public static byte[] Write(InvoiceDetails invoice) => EInvoiceCodes.Bytes(Document(invoice));

    public static XDocument Document(InvoiceDetails i)
    {
        EInvoiceCodes.EnsureIssued(i);
        var root = new XElement(Rsm + "CrossIndustryInvoice",
            new XAttribute(XNamespace.Xmlns + "rsm", Rsm), new XAttribute(XNamespace.Xmlns + "ram", Ram),
            new XAttribute(XNamespace.Xmlns + "udt", Udt), new XAttribute(XNamespace.Xmlns + "qdt", Qdt),
            new XElement(Rsm + "ExchangedDocumentContext",
                new XElement(Ram + "GuidelineSpecifiedDocumentContextParameter", new XElement(Ram + "ID", EInvoiceCodes.Specification))),
            new XElement(Rsm + "ExchangedDocument",
                new XElement(Ram + "ID", i.Number),
                new XElement(Ram + "TypeCode", EInvoiceCodes.TypeCode(i.Kind)),
                new XElement(Ram + "IssueDateTime", Date(Udt, i.IssueDate!.Value)),
                Notes(i)),
            new XElement(Rsm + "SupplyChainTradeTransaction",
                i.Lines.Select(l => Line(i, l)),
                Agreement(i),
                new XElement(Ram + "ApplicableHeaderTradeDelivery",
                    i.ServiceDate is { } served
                        ? new XElement(Ram + "ActualDeliverySupplyChainEvent", new XElement(Ram + "OccurrenceDateTime", Date(Udt, served)))
                        : null),
                Settlement(i)));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    private static IEnumerable<XElement> Notes(InvoiceDetails i)
    {
        if (i.OnBehalfOf is { } behalf)
        {
            yield return Note($"Pour le compte de {behalf}", "REG");
        }
        if (VatExemption.Mention(i.Issuer.VatRegime) is { } mention)
        {
            yield return Note(mention, "TXD");
        }
        yield return Note(InvoiceTerms.Payment(i.Issuer), "AAB");
        yield return Note(InvoiceTerms.Penalties(i.Issuer), "PMD");
        if (InvoiceTerms.RecoveryIndemnity(i) is { } indemnity)
        {
            yield return Note(indemnity, "PMT");
        }
    }

    private static XElement Note(string content, string subject) =>
        new(Ram + "IncludedNote", new XElement(Ram + "Content", content), new XElement(Ram + "SubjectCode", subject));

    private static XElement Line(InvoiceDetails i, InvoiceLineView l)
    {
        var category = VatExemption.CategoryCode(i.Issuer.VatRegime, l.VatCategory);
        return new XElement(Ram + "IncludedSupplyChainTradeLineItem",
            new XElement(Ram + "AssociatedDocumentLineDocument", new XElement(Ram + "LineID", l.Position)),
            new XElement(Ram + "SpecifiedTradeProduct", new XElement(Ram + "Name", l.Description)),
            new XElement(Ram + "SpecifiedLineTradeAgreement",
                new XElement(Ram + "NetPriceProductTradePrice", new XElement(Ram + "ChargeAmount", EInvoiceCodes.Amount(l.UnitPrice)))),
            new XElement(Ram + "SpecifiedLineTradeDelivery",
                new XElement(Ram + "BilledQuantity", new XAttribute("unitCode", EInvoiceCodes.UnitCode(l.Unit)), EInvoiceCodes.Quantity(l.Quantity))),
            new XElement(Ram + "SpecifiedLineTradeSettlement",
                new XElement(Ram + "ApplicableTradeTax",
                    new XElement(Ram + "TypeCode", "VAT"),
                    new XElement(Ram + "CategoryCode", category),
                    category == "O" ? null : new XElement(Ram + "RateApplicablePercent", EInvoiceCodes.Percent(l.VatRate))),
                new XElement(Ram + "SpecifiedTradeSettlementLineMonetarySummation", new XElement(Ram + "LineTotalAmount", EInvoiceCodes.Amount(l.NetAmount)))));
    }

    private static XElement Agreement(InvoiceDetails i)
    {
        var client = i.Client;
        var buyerId = EInvoiceCodes.LegalId(client);
        var address = EInvoiceCodes.Address(i.Issuer);
        return new XElement(Ram + "ApplicableHeaderTradeAgreement",
            string.IsNullOrEmpty(client.ServiceCode) ? null : new XElement(Ram + "BuyerReference", client.ServiceCode),
            new XElement(Ram + "SellerTradeParty",
                new XElement(Ram + "Name", i.Issuer.LegalName),
                new XElement(Ram + "SpecifiedLegalOrganization", new XElement(Ram + "ID", new XAttribute("schemeID", EInvoiceCodes.SirenScheme), i.Issuer.Siren)),
                PostalAddress(i.Issuer.Street, i.Issuer.PostalCode, i.Issuer.City),
                new XElement(Ram + "URIUniversalCommunication", new XElement(Ram + "URIID", new XAttribute("schemeID", address.Scheme), address.Id)),
                SellerTaxRegistration(i)),
            new XElement(Ram + "BuyerTradeParty",
                new XElement(Ram + "Name", client.Name),
                buyerId is { } legal
                    ? new XElement(Ram + "SpecifiedLegalOrganization", new XElement(Ram + "ID", new XAttribute("schemeID", legal.Scheme), legal.Id))
                    : null,
                PostalAddress(client.Street, client.PostalCode, client.City),
                EInvoiceCodes.Address(client) is { } routed
                    ? new XElement(Ram + "URIUniversalCommunication", new XElement(Ram + "URIID", new XAttribute("schemeID", routed.Scheme), routed.Id))
                    : null),
            string.IsNullOrEmpty(client.CommitmentNumber)
                ? null
                : new XElement(Ram + "BuyerOrderReferencedDocument", new XElement(Ram + "IssuerAssignedID", client.CommitmentNumber)));
    }

    /// <summary>BT-31 (VAT number) where the issuer has one; otherwise BT-32 with its SIREN, which an exempt line requires; none outside VAT.</summary>
    private static XElement? SellerTaxRegistration(InvoiceDetails i)
    {
        if (i.Issuer.VatRegime == VatRegime.NotLiable)
        {
            return null;
        }
        return string.IsNullOrEmpty(i.Issuer.VatNumber)
            ? new XElement(Ram + "SpecifiedTaxRegistration", new XElement(Ram + "ID", new XAttribute("schemeID", "FC"), i.Issuer.Siren))
            : new XElement(Ram + "SpecifiedTaxRegistration", new XElement(Ram + "ID", new XAttribute("schemeID", "VA"), i.Issuer.VatNumber));
    }

    private static XElement PostalAddress(string street, string postalCode, string city) =>
        new(Ram + "PostalTradeAddress",
            new XElement(Ram + "PostcodeCode", postalCode),
            new XElement(Ram + "LineOne", street),
            new XElement(Ram + "CityName", city),
            new XElement(Ram + "CountryID", EInvoiceCodes.Country));

    private static XElement Settlement(InvoiceDetails i) =>
        new(Ram + "ApplicableHeaderTradeSettlement",
            new XElement(Ram + "InvoiceCurrencyCode", EInvoiceCodes.Currency),
            new XElement(Ram + "SpecifiedTradeSettlementPaymentMeans",
                new XElement(Ram + "TypeCode", EInvoiceCodes.SepaCreditTransfer),
                new XElement(Ram + "PayeePartyCreditorFinancialAccount", new XElement(Ram + "IBANID", i.Issuer.Iban))),
            EInvoiceCodes.Breakdown(i).Select(b => new XElement(Ram + "ApplicableTradeTax",
                new XElement(Ram + "CalculatedAmount", EInvoiceCodes.Amount(b.Vat.Vat)),
                new XElement(Ram + "TypeCode", "VAT"),
                b.Reason is null ? null : new XElement(Ram + "ExemptionReason", b.Reason),
                new XElement(Ram + "BasisAmount", EInvoiceCodes.Amount(b.Vat.Net)),
                new XElement(Ram + "CategoryCode", b.Category),
                b.Category == "O" ? null : new XElement(Ram + "RateApplicablePercent", EInvoiceCodes.Percent(b.Vat.Rate)))),
            new XElement(Ram + "SpecifiedTradePaymentTerms",
                new XElement(Ram + "Description", InvoiceTerms.Payment(i.Issuer)),
                i.DueDate is { } due ? new XElement(Ram + "DueDateDateTime", Date(Udt, due)) : null),
            new XElement(Ram + "SpecifiedTradeSettlementHeaderMonetarySummation",
                new XElement(Ram + "LineTotalAmount", EInvoiceCodes.Amount(i.TotalNet)),
                new XElement(Ram + "TaxBasisTotalAmount", EInvoiceCodes.Amount(i.TotalNet)),
                new XElement(Ram + "TaxTotalAmount", new XAttribute("currencyID", EInvoiceCodes.Currency), EInvoiceCodes.Amount(i.TotalVat)),
                new XElement(Ram + "GrandTotalAmount", EInvoiceCodes.Amount(i.TotalGross)),
                new XElement(Ram + "DuePayableAmount", EInvoiceCodes.Amount(i.TotalGross))),
            i.CreditedInvoiceNumber is { } credited
                ? new XElement(Ram + "InvoiceReferencedDocument", new XElement(Ram + "IssuerAssignedID", credited))
                : null);

    private static XElement Date(XNamespace ns, DateOnly day) =>
        new(ns + "DateTimeString", new XAttribute("format", "102"), day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
}
