using System.Xml.Linq;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Commerce;

namespace DroitEmploi.UnitTests.Features.Commerce;

public sealed class ElectronicInvoiceTests
{
    private static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private static InvoiceDetails Invoice(VatRegime regime = VatRegime.Liable, InvoiceKind kind = InvoiceKind.Invoice, string? number = "FA-2026-00007",
        ClientKind clientKind = ClientKind.Business, VatCategory category = VatCategory.Standard)
    {
        var issuer = IssuerView.Of(CommerceFixtures.Issuer(regime));
        var client = new ClientView(3, CommerceFixtures.Organisation, clientKind, "Restaurant Le Jardin", "8 place du Marché", "59300", "Valenciennes", null,
            clientKind == ClientKind.Individual ? null : CommerceFixtures.ValidSiren, null, null, null, 1);
        var rate = regime == VatRegime.Liable && category != VatCategory.None ? 0.2m : 0m;
        var net = 37.5m;
        var vat = net * rate;
        return new InvoiceDetails(9, CommerceFixtures.Organisation, kind, kind == InvoiceKind.CreditNote ? 8 : null, kind == InvoiceKind.CreditNote ? "FA-2026-00006" : null,
            number, InvoiceStatus.Validated, new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 12), new DateOnly(2026, 4, 15), OperationCategory.Services, null, null,
            issuer, client, [new InvoiceLineView(1, null, null, "Préparation de légumes", 2.5m, SaleUnit.Kilogram, 15m, category, rate, net, vat)],
            net, vat, net + vat, 0, 0, net + vat, [], [new VatBreakdown(category, rate, net, vat)], 40m, 1);
    }

    [Fact]
    public void A_liable_issuers_invoice_sends_category_s_its_vat_number_and_the_french_payment_notes()
    {
        var cii = CrossIndustryInvoice.Document(Invoice()).Root!;
        Assert.Equal("FA-2026-00007", cii.Elements().Single(e => e.Name.LocalName == "ExchangedDocument").Element(Ram + "ID")!.Value);
        Assert.Equal("20260316", cii.Descendants(Ram + "IssueDateTime").Single().Value);
        Assert.Equal(["AAB", "PMD", "PMT"], cii.Descendants(Ram + "SubjectCode").Select(s => s.Value));
        Assert.Equal("FR40732829320", cii.Descendants(Ram + "SpecifiedTaxRegistration").Single().Element(Ram + "ID")!.Value);
        var tax = cii.Descendants(Ram + "ApplicableHeaderTradeSettlement").Single().Element(Ram + "ApplicableTradeTax")!;
        Assert.Equal(("7.50", "37.50", "S", "20"), (tax.Element(Ram + "CalculatedAmount")!.Value, tax.Element(Ram + "BasisAmount")!.Value,
            tax.Element(Ram + "CategoryCode")!.Value, tax.Element(Ram + "RateApplicablePercent")!.Value));
        Assert.Equal("KGM", cii.Descendants(Ram + "BilledQuantity").Single().Attribute("unitCode")!.Value);
    }

    [Fact]
    public void A_franchise_issuer_sends_category_e_with_the_293_b_mention_and_its_siren_as_tax_registration()
    {
        var cii = CrossIndustryInvoice.Document(Invoice(VatRegime.Franchise)).Root!;
        var tax = cii.Descendants(Ram + "ApplicableHeaderTradeSettlement").Single().Element(Ram + "ApplicableTradeTax")!;
        Assert.Equal(("E", VatExemption.Franchise), (tax.Element(Ram + "CategoryCode")!.Value, tax.Element(Ram + "ExemptionReason")!.Value));
        var registration = cii.Descendants(Ram + "SpecifiedTaxRegistration").Single().Element(Ram + "ID")!;
        Assert.Equal(("FC", CommerceFixtures.ValidSiren), (registration.Attribute("schemeID")!.Value, registration.Value));
        Assert.Contains(cii.Descendants(Ram + "Content"), c => c.Value == VatExemption.Franchise);
    }

    [Fact]
    public void An_association_outside_vat_sends_category_o_without_rate_nor_tax_registration()
    {
        var ubl = UniversalBusinessLanguage.Document(Invoice(VatRegime.NotLiable)).Root!;
        Assert.All(ubl.Descendants(Cbc + "ID").Where(e => e.Parent!.Name.LocalName is "TaxCategory" or "ClassifiedTaxCategory"), id => Assert.Equal("O", id.Value));
        Assert.Empty(ubl.Descendants(Cbc + "Percent"));
        Assert.DoesNotContain(ubl.Descendants(), e => e.Name.LocalName == "PartyTaxScheme");
    }

    [Fact]
    public void An_individual_client_is_not_owed_the_recovery_indemnity()
    {
        var cii = CrossIndustryInvoice.Document(Invoice(clientKind: ClientKind.Individual)).Root!;
        Assert.DoesNotContain(cii.Descendants(Ram + "SubjectCode"), s => s.Value == "PMT");
    }

    [Fact]
    public void A_credit_note_is_a_ubl_credit_note_that_names_the_invoice_it_corrects()
    {
        var ubl = UniversalBusinessLanguage.Document(Invoice(kind: InvoiceKind.CreditNote, number: "AV-2026-00001")).Root!;
        Assert.Equal("CreditNote", ubl.Name.LocalName);
        Assert.Equal("381", ubl.Element(Cbc + "CreditNoteTypeCode")!.Value);
        Assert.Equal("FA-2026-00006", ubl.Descendants(Cbc + "ID").Single(e => e.Parent!.Name.LocalName == "InvoiceDocumentReference").Value);
        Assert.Null(ubl.Element(Cbc + "DueDate"));
        Assert.Single(ubl.Elements(), e => e.Name.LocalName == "CreditNoteLine");
    }

    [Fact]
    public void A_draft_and_a_quote_have_no_electronic_form()
    {
        Assert.Throws<BusinessRuleException>(() => CrossIndustryInvoice.Document(Invoice(number: null)));
        Assert.Throws<BusinessRuleException>(() => UniversalBusinessLanguage.Document(Invoice(kind: InvoiceKind.Quote, number: "DE-2026-00001")));
    }
}
