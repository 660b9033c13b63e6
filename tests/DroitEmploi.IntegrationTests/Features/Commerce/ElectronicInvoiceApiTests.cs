using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Commerce;

/// <summary>
/// Factur-X and UBL over HTTP. Each document is also written to DROITEMPLOI_EINVOICE_OUT, with the business terms
/// it must carry, for the independent EN 16931 validators that the test command runs afterwards.
/// </summary>
public abstract class ElectronicInvoiceApiTests(AppFactory app)
{
    private static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    protected abstract string Provider { get; }

    [Fact]
    public async Task A_validated_invoice_and_its_credit_note_come_as_factur_x_and_ubl_and_a_draft_has_neither()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        await (await admin.PutJsonAsync($"{organisation}/issuer", CommerceApiTests.Issuer())).OkAsync<IssuerView>();
        // With a logo, so that the validators also read a PDF/A-3 that carries an image.
        var withLogo = await (await admin.PutAsync($"{organisation}/issuer/logo", Logo(Convert.FromBase64String(PngLogo), "logo.png"))).OkAsync<IssuerView>();
        Assert.True(withLogo.HasLogo);
        var stored = await admin.GetAsync($"{organisation}/issuer/logo");
        Assert.Equal(("image/png", Convert.FromBase64String(PngLogo).Length), (stored.Content.Headers.ContentType?.MediaType, (await stored.Content.ReadAsByteArrayAsync()).Length));
        var notAnImage = await (await admin.PutAsync($"{organisation}/issuer/logo", Logo("=1+1"u8.ToArray(), "logo.png"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(notAnImage.GetProperty("errors").TryGetProperty("logo", out _));
        using (var elsewhere = await app.ClientForAsync(BarakajobsManagement))
        {
            await (await elsewhere.PutAsync($"{organisation}/issuer/logo", Logo(Convert.FromBase64String(PngLogo), "logo.png"))).ProblemAsync(HttpStatusCode.NotFound);
            await (await elsewhere.GetAsync($"{organisation}/issuer/logo")).ProblemAsync(HttpStatusCode.NotFound);
        }
        var townHall = await (await admin.PostJsonAsync($"{organisation}/clients", new ClientInput
        {
            Kind = ClientKind.PublicBody,
            Name = "Mairie d'essai",
            Street = "Place d'Armes",
            PostalCode = "59300",
            City = "Valenciennes",
            Siret = "21590606600018",
            ServiceCode = "SERVICE-INFORMATIQUE",
            CommitmentNumber = "EJ-2026-0412",
        })).OkAsync<ClientView>(HttpStatusCode.Created);
        var draft = await (await admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput
        {
            ClientId = townHall.Id,
            ServiceDate = new DateOnly(2026, 3, 10),
            Lines =
            [
                new InvoiceLineInput { Description = "Ordinateur reconditionné", Unit = SaleUnit.Piece, Quantity = 3, UnitPrice = 149.90m },
                new InvoiceLineInput { Description = "Installation", Unit = SaleUnit.Hour, Quantity = 1.5m, UnitPrice = 32m, VatCategory = VatCategory.Intermediate },
            ],
        })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);

        var early = await (await admin.GetAsync($"/api/v1/invoices/{draft.Id}/facturx")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("brouillon", early.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await admin.GetAsync($"/api/v1/invoices/{draft.Id}/ubl")).ProblemAsync(HttpStatusCode.Conflict);

        var invoice = await (await admin.PostJsonAsync($"/api/v1/invoices/{draft.Id}/validate", new { version = draft.Version })).OkAsync<InvoiceDetails>();
        var facturX = await admin.GetAsync($"/api/v1/invoices/{invoice.Id}/facturx");
        Assert.Equal(HttpStatusCode.OK, facturX.StatusCode);
        Assert.Equal($"facture-{invoice.Number}-facturx.pdf", facturX.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = await facturX.Content.ReadAsByteArrayAsync();
        var cii = EmbeddedFacturX(pdf, out var text);
        using (var printed = PdfDocument.Open(pdf))
        {
            Assert.NotEmpty(printed.GetPage(1).GetImages());
        }
        Assert.Contains(invoice.Number!, text, StringComparison.Ordinal);
        Assert.Equal((invoice.Number, "380"), Document(cii));
        Assert.Equal(Amount(invoice.TotalGross), cii.Descendants(Ram + "GrandTotalAmount").Single().Value);
        Assert.Equal("SERVICE-INFORMATIQUE", cii.Descendants(Ram + "BuyerReference").Single().Value);
        Assert.Equal(["10", "20"], cii.Descendants(Ram + "ApplicableTradeTax").Where(t => t.Parent!.Name == Ram + "ApplicableHeaderTradeSettlement")
            .Select(t => t.Element(Ram + "RateApplicablePercent")!.Value).Order());

        var ubl = XDocument.Parse(await (await admin.GetAsync($"/api/v1/invoices/{invoice.Id}/ubl")).Content.ReadAsStringAsync());
        Assert.Equal("Invoice", ubl.Root!.Name.LocalName);
        Assert.Equal(invoice.Number, ubl.Root.Element(Cbc + "ID")!.Value);
        Assert.Equal("EJ-2026-0412", ubl.Descendants(Cbc + "ID").First(e => e.Parent!.Name.LocalName == "OrderReference").Value);
        Assert.Equal(Amount(invoice.TotalGross), ubl.Descendants(Cbc + "PayableAmount").Single().Value);
        await WriteForValidatorsAsync(invoice, pdf, ubl);

        var note = await (await admin.PostAsync($"/api/v1/invoices/{invoice.Id}/credit-note", null)).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        note = await (await admin.PostJsonAsync($"/api/v1/invoices/{note.Id}/validate", new { version = note.Version })).OkAsync<InvoiceDetails>();
        var notePdf = await (await admin.GetAsync($"/api/v1/invoices/{note.Id}/facturx")).Content.ReadAsByteArrayAsync();
        var noteCii = EmbeddedFacturX(notePdf, out _);
        Assert.Equal((note.Number, "381"), Document(noteCii));
        Assert.Equal(invoice.Number, noteCii.Descendants(Ram + "InvoiceReferencedDocument").Single().Element(Ram + "IssuerAssignedID")!.Value);
        var noteUbl = XDocument.Parse(await (await admin.GetAsync($"/api/v1/invoices/{note.Id}/ubl")).Content.ReadAsStringAsync());
        Assert.Equal("CreditNote", noteUbl.Root!.Name.LocalName);
        Assert.Equal(invoice.Lines.Count, noteUbl.Root.Elements().Count(e => e.Name.LocalName == "CreditNoteLine"));
        await WriteForValidatorsAsync(note, notePdf, noteUbl);

        // Without VAT: a franchise issuer (category E with the art. 293 B mention) and an association outside VAT (category O).
        var lefebvre = CommerceApiTests.Tenant("Mme Lefebvre");
        lefebvre.Email = "c.lefebvre@example.org";
        var tenant = await (await admin.PostJsonAsync($"{organisation}/clients", lefebvre)).OkAsync<ClientView>(HttpStatusCode.Created);
        foreach (var (regime, category) in new[] { (VatRegime.Franchise, "E"), (VatRegime.NotLiable, "O") })
        {
            var issuer = CommerceApiTests.Issuer();
            issuer.VatRegime = regime;
            issuer.VatNumber = null;
            issuer.InvoicePattern = $"{category}-{{YYYY}}-{{SEQ:4}}";
            var current = await (await admin.GetAsync($"{organisation}/issuer")).OkAsync<IssuerView>();
            issuer.Version = current.Version;
            await (await admin.PutJsonAsync($"{organisation}/issuer", issuer)).OkAsync<IssuerView>();
            var exempt = await (await admin.PostJsonAsync($"{organisation}/invoices", new InvoiceInput
            {
                ClientId = tenant.Id,
                ServiceDate = new DateOnly(2026, 3, 12),
                Lines = [new InvoiceLineInput { Description = "Tonte de pelouse", Unit = SaleUnit.Hour, Quantity = 2, UnitPrice = 9m }],
            })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
            exempt = await (await admin.PostJsonAsync($"/api/v1/invoices/{exempt.Id}/validate", new { version = exempt.Version })).OkAsync<InvoiceDetails>();
            Assert.Equal(exempt.TotalNet, exempt.TotalGross);
            var exemptPdf = await (await admin.GetAsync($"/api/v1/invoices/{exempt.Id}/facturx")).Content.ReadAsByteArrayAsync();
            var exemptCii = EmbeddedFacturX(exemptPdf, out _);
            Assert.All(exemptCii.Descendants(Ram + "CategoryCode"), c => Assert.Equal(category, c.Value));
            var exemptUbl = XDocument.Parse(await (await admin.GetAsync($"/api/v1/invoices/{exempt.Id}/ubl")).Content.ReadAsStringAsync());
            await WriteForValidatorsAsync(exempt, exemptPdf, exemptUbl);
        }

        Assert.False((await (await admin.DeleteAsync($"{organisation}/issuer/logo")).OkAsync<IssuerView>()).HasLogo);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.GetAsync($"{organisation}/issuer/logo")).StatusCode);

        using var other = await app.ClientForAsync(BarakajobsManagement);
        await (await other.GetAsync($"/api/v1/invoices/{invoice.Id}/facturx")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/v1/invoices/{invoice.Id}/ubl")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_quote_has_no_electronic_form()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var organisation = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        await (await scenario.Admin.PutJsonAsync($"{organisation}/issuer", CommerceApiTests.Issuer())).OkAsync<IssuerView>();
        var client = await (await scenario.Admin.PostJsonAsync($"{organisation}/clients", CommerceApiTests.Tenant("M. Devis"))).OkAsync<ClientView>(HttpStatusCode.Created);
        var quote = await (await scenario.Admin.PostJsonAsync($"{organisation}/quotes", new InvoiceInput
        {
            ClientId = client.Id,
            Lines = [new InvoiceLineInput { Description = "Tonte", UnitPrice = 20m }],
        })).OkAsync<InvoiceDetails>(HttpStatusCode.Created);
        quote = await (await scenario.Admin.PostJsonAsync($"/api/v1/quotes/{quote.Id}/send", new { version = quote.Version })).OkAsync<InvoiceDetails>();
        var refused = await (await scenario.Admin.GetAsync($"/api/v1/invoices/{quote.Id}/ubl")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("devis", refused.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The CII that the PDF carries as factur-x.xml, after checking that the PDF declares PDF/A-3B and Factur-X EN 16931.</summary>
    private static XDocument EmbeddedFacturX(byte[] pdf, out string text)
    {
        using var document = PdfDocument.Open(pdf);
        text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var metadata = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));
        Assert.Equal("3", metadata.Descendants().Single(e => e.Name.LocalName == "part").Value);
        Assert.Equal("B", metadata.Descendants().Single(e => e.Name.LocalName == "conformance").Value);
        Assert.Equal("EN 16931", metadata.Descendants().Single(e => e.Name.LocalName == "ConformanceLevel" && e.Name.NamespaceName.StartsWith("urn:factur-x", StringComparison.Ordinal)).Value);
        Assert.True(document.Advanced.TryGetEmbeddedFiles(out var files));
        var file = Assert.Single(files);
        Assert.Equal("factur-x.xml", file.Name);
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Bytes.ToArray()));
    }

    /// <summary>A 1×1 PNG: enough for the PDF to carry an image.</summary>
    private const string PngLogo = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static MultipartFormDataContent Logo(byte[] content, string fileName) => new() { { new ByteArrayContent(content), "file", fileName } };

    /// <summary>BT-1 and BT-3: the document's number and type.</summary>
    private static (string?, string) Document(XDocument cii)
    {
        var exchanged = cii.Root!.Elements().Single(e => e.Name.LocalName == "ExchangedDocument");
        return (exchanged.Element(Ram + "ID")!.Value, exchanged.Element(Ram + "TypeCode")!.Value);
    }

    private static string Amount(decimal value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The business terms the validators must find in both forms, as the invoice states them.</summary>
    private async Task WriteForValidatorsAsync(InvoiceDetails invoice, byte[] pdf, XDocument ubl)
    {
        if (Environment.GetEnvironmentVariable("DROITEMPLOI_EINVOICE_OUT") is not { Length: > 0 } folder)
        {
            return;
        }
        System.IO.Directory.CreateDirectory(folder);
        var name = Path.Combine(folder, $"{Provider}-{invoice.Number}");
        await File.WriteAllBytesAsync($"{name}.facturx.pdf", pdf);
        await File.WriteAllTextAsync($"{name}.ubl.xml", ubl.ToString());
        var expected = new Dictionary<string, object?>
        {
            ["BT-1"] = invoice.Number,
            ["BT-2"] = invoice.IssueDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["BT-3"] = invoice.Kind == InvoiceKind.CreditNote ? "381" : "380",
            ["BT-5"] = "EUR",
            ["BT-10"] = invoice.Client.ServiceCode,
            ["BT-13"] = invoice.Client.CommitmentNumber,
            ["BT-25"] = invoice.CreditedInvoiceNumber,
            ["BT-27"] = invoice.Issuer.LegalName,
            ["BT-30"] = invoice.Issuer.Siren,
            ["BT-31"] = invoice.Issuer.VatNumber,
            ["BT-44"] = invoice.Client.Name,
            ["BT-47"] = invoice.Client.Siret,
            ["BT-84"] = invoice.Issuer.Iban,
            ["BT-106"] = invoice.TotalNet,
            ["BT-109"] = invoice.TotalNet,
            ["BT-110"] = invoice.TotalVat,
            ["BT-112"] = invoice.TotalGross,
            ["BT-115"] = invoice.TotalGross,
            ["lines"] = invoice.Lines.Select(l => new Dictionary<string, object?>
            {
                ["BT-126"] = l.Position.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["BT-129"] = l.Quantity,
                ["BT-131"] = l.NetAmount,
                ["BT-146"] = l.UnitPrice,
                ["BT-152"] = invoice.Issuer.VatRegime == VatRegime.NotLiable ? null : l.VatRate * 100,
                ["BT-153"] = l.Description,
            }).ToList(),
        };
        await File.WriteAllTextAsync($"{name}.expected.json", JsonSerializer.Serialize(expected));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ElectronicInvoiceApiOnSqlite(SqliteApp app) : ElectronicInvoiceApiTests(app)
{
    protected override string Provider => "sqlite";
}

[Collection(PostgresCollection.Name)]
public sealed class ElectronicInvoiceApiOnPostgres(PostgresApp app) : ElectronicInvoiceApiTests(app)
{
    protected override string Provider => "postgres";
}
