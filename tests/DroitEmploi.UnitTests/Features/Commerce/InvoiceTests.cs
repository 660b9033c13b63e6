using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Commerce;
using static DroitEmploi.UnitTests.Features.Commerce.CommerceFixtures;

namespace DroitEmploi.UnitTests.Features.Commerce;

public class InvoiceTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Each_line_is_rounded_once_and_the_totals_are_the_sums_of_the_rounded_lines()
    {
        // 0.335 kg × 3 € = 1.005 → 1.01 (half away from zero); VAT 20 % of 1.01 = 0.202 → 0.20.
        var invoice = Draft(Lines((0.335m, 3m, VatCategory.Standard), (1.5m, 19.99m, VatCategory.Reduced), (2, 10m, VatCategory.Standard)));
        Assert.Equal([1.01m, 29.99m, 20m], invoice.Lines.Select(l => l.NetAmount));
        Assert.Equal([0.20m, 1.65m, 4m], invoice.Lines.Select(l => l.VatAmount));
        Assert.Equal(51.00m, invoice.TotalNet);
        Assert.Equal(5.85m, invoice.TotalVat);
        Assert.Equal(56.85m, invoice.TotalGross);
    }

    [Fact]
    public void An_issuer_under_the_franchise_charges_no_vat_whatever_the_line_says()
    {
        var invoice = Draft(Lines((2, 25m, VatCategory.Standard)), Issuer(VatRegime.Franchise));
        Assert.Equal((VatCategory.None, 0m, 0m, 50m), (invoice.Lines[0].VatCategory, invoice.Lines[0].VatRate, invoice.TotalVat, invoice.TotalGross));
    }

    [Fact]
    public void Validation_gives_the_number_and_freezes_the_invoice()
    {
        var invoice = Draft(Lines((2, 25m, VatCategory.Standard)));
        invoice.Validate(Issuer(), Client(), "FA-2026-00001", Today, "direction", DateTime.UtcNow, null);
        Assert.Equal(("FA-2026-00001", InvoiceStatus.Validated, Today, Today.AddDays(30)), (invoice.Number, invoice.Status, invoice.IssueDate, invoice.DueDate));
        Assert.Contains("La Barakajobs", invoice.IssuerSnapshot, StringComparison.Ordinal);
        Assert.Throws<BusinessRuleException>(() => invoice.Revise(Issuer(), Client(), Lines((1, 1m, VatCategory.Standard)), [], CommerceFixtures.Parameters, Today));
        Assert.Throws<BusinessRuleException>(invoice.EnsureDeletable);
        Assert.Throws<BusinessRuleException>(() => invoice.Validate(Issuer(), Client(), "FA-2026-00002", Today, "direction", DateTime.UtcNow, null));
    }

    [Fact]
    public void Each_missing_mention_is_named_in_the_refusal()
    {
        var input = Lines((1, 30m, VatCategory.Standard));
        input.ServiceDate = null;
        var business = Client(ClientKind.Business, ValidSiren);
        business.Siren = null;
        var issuer = Issuer();
        issuer.VatNumber = null;
        issuer.PenaltyRate = 0;
        var invoice = Draft(input, issuer, business);

        var refused = Assert.Throws<ValidationFailedException>(() => invoice.Validate(issuer, business, "FA-2026-00001", Today, "direction", DateTime.UtcNow, null));
        var message = refused.Errors["mentions"][0];
        Assert.Contains("date de la vente ou de la prestation", message, StringComparison.Ordinal);
        Assert.Contains("SIREN du client", message, StringComparison.Ordinal);
        Assert.Contains("numéro de TVA de l'émetteur", message, StringComparison.Ordinal);
        Assert.Contains("taux des pénalités de retard", message, StringComparison.Ordinal);
        Assert.Null(invoice.Number);
    }

    [Fact]
    public void Payments_may_be_partial_and_an_overpayment_is_refused()
    {
        var invoice = Validated(Lines((2, 25m, VatCategory.Standard)));
        invoice.Pay(new PaymentInput { PaidOn = Today, Amount = 20m, Means = PaymentMeans.Cheque }, "direction", Today);
        Assert.Equal((InvoiceStatus.PartlyPaid, 40m), (invoice.Status, invoice.Balance));
        var over = Assert.Throws<ValidationFailedException>(() => invoice.Pay(new PaymentInput { PaidOn = Today, Amount = 40.01m }, "direction", Today));
        Assert.Contains("reste dû (40,00 €)", over.Errors["amount"][0].Replace('.', ','), StringComparison.Ordinal);
        invoice.Pay(new PaymentInput { PaidOn = Today, Amount = 40m }, "direction", Today);
        Assert.Equal((InvoiceStatus.Paid, 0m), (invoice.Status, invoice.Balance));
        Assert.Throws<ValidationFailedException>(() => invoice.Pay(new PaymentInput { PaidOn = Today, Amount = 1m }, "direction", Today));
    }

    [Fact]
    public void A_payment_on_a_draft_or_dated_in_the_future_is_refused()
    {
        var draft = Draft(Lines((1, 10m, VatCategory.Standard)));
        Assert.Throws<BusinessRuleException>(() => draft.Pay(new PaymentInput { PaidOn = Today, Amount = 1m }, "direction", Today));
        var invoice = Validated(Lines((1, 10m, VatCategory.Standard)));
        var future = Assert.Throws<ValidationFailedException>(() => invoice.Pay(new PaymentInput { PaidOn = Today.AddDays(1), Amount = 1m }, "direction", Today));
        Assert.True(future.Errors.ContainsKey("paidOn"));
    }

    [Fact]
    public void A_credit_note_corrects_what_remains_and_never_more()
    {
        var invoice = Validated(Lines((2, 25m, VatCategory.Standard)));
        invoice.Id = 10;
        var note = invoice.CreditNote(Today);
        Assert.Equal((InvoiceKind.CreditNote, 10, 60m, InvoiceStatus.Draft), (note.Kind, note.CreditedInvoiceId, note.TotalGross, note.Status));

        // Half of it credited: the invoice owes half.
        note.Revise(Issuer(), Client(), Lines((1, 25m, VatCategory.Standard)), [], CommerceFixtures.Parameters, Today);
        note.Validate(Issuer(), Client(), "AV-2026-00001", Today, "direction", DateTime.UtcNow, invoice);
        Assert.Equal((30m, 30m), (invoice.CreditedAmount, invoice.Balance));

        var second = invoice.CreditNote(Today);
        second.Revise(Issuer(), Client(), Lines((2, 25m, VatCategory.Standard)), [], CommerceFixtures.Parameters, Today);
        var tooMuch = Assert.Throws<ValidationFailedException>(() => second.Validate(Issuer(), Client(), "AV-2026-00002", Today, "direction", DateTime.UtcNow, invoice));
        Assert.Contains("dépasse ce qui reste", tooMuch.Errors["lines"][0], StringComparison.Ordinal);

        second.Revise(Issuer(), Client(), Lines((1, 25m, VatCategory.Standard)), [], CommerceFixtures.Parameters, Today);
        second.Validate(Issuer(), Client(), "AV-2026-00002", Today, "direction", DateTime.UtcNow, invoice);
        Assert.Equal(InvoiceStatus.Credited, invoice.Status);
        Assert.Throws<BusinessRuleException>(() => invoice.CreditNote(Today));
    }

    [Fact]
    public void An_issuer_is_refused_on_a_bad_iban_siren_or_a_credit_note_series_equal_to_the_invoices()
    {
        var input = IssuerInput();
        input.Iban = "FR7630006000011234567890188";
        Assert.True(Assert.Throws<ValidationFailedException>(() => Core.Features.Commerce.Issuer.For(Organisation, input)).Errors.ContainsKey("iban"));
        input = IssuerInput();
        input.Siren = "732829321";
        Assert.True(Assert.Throws<ValidationFailedException>(() => Core.Features.Commerce.Issuer.For(Organisation, input)).Errors.ContainsKey("siren"));
        input = IssuerInput();
        input.CreditNotePattern = input.InvoicePattern;
        Assert.True(Assert.Throws<ValidationFailedException>(() => Core.Features.Commerce.Issuer.For(Organisation, input)).Errors.ContainsKey("creditNotePattern"));
    }

    [Fact]
    public void A_business_client_gives_its_siren_and_a_public_body_its_siret()
    {
        var business = Assert.Throws<ValidationFailedException>(() => Core.Features.Commerce.Client.For(Organisation, new ClientInput
        {
            Kind = ClientKind.Business,
            Name = "Restaurant Le Jardin",
            Street = "1 place d'Armes",
            PostalCode = "59300",
            City = "Valenciennes",
        }));
        Assert.True(business.Errors.ContainsKey("siren"));
        var fromSiret = Core.Features.Commerce.Client.For(Organisation, new ClientInput
        {
            Kind = ClientKind.Business,
            Name = "Restaurant Le Jardin",
            Street = "1 place d'Armes",
            PostalCode = "59300",
            City = "Valenciennes",
            Siret = ValidSiret,
        });
        Assert.Equal(ValidSiren, fromSiret.Siren);
        Assert.True(fromSiret.IsProfessional);
        Assert.False(Client().IsProfessional);
    }

    private static Invoice Validated(InvoiceInput input)
    {
        var invoice = Draft(input);
        invoice.Validate(Issuer(), Client(), "FA-2026-00001", Today, "direction", DateTime.UtcNow, null);
        return invoice;
    }
}
