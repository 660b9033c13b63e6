using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Commerce;
using static DroitEmploi.UnitTests.Features.Commerce.CommerceFixtures;

namespace DroitEmploi.UnitTests.Features.Commerce;

public class QuoteTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Invoice Quote()
    {
        var input = Lines((4, 12.50m, VatCategory.Intermediate));
        input.ServiceDate = null;
        var quote = Invoice.Draft(Organisation, Issuer(), Client(), input, [], CommerceFixtures.Parameters, Today, InvoiceKind.Quote);
        quote.Id = 30;
        return quote;
    }

    [Fact]
    public void A_quote_is_sent_with_its_number_and_validity_and_accepted_it_becomes_a_draft_invoice_with_its_lines()
    {
        var quote = Quote();
        Assert.Throws<BusinessRuleException>(() => quote.Validate(Issuer(), Client(), "FA-2026-00001", Today, "direction", DateTime.UtcNow, null));
        quote.SendQuote(Issuer(), Client(), "DE-2026-0001", Today, "direction", DateTime.UtcNow);
        Assert.Equal((InvoiceStatus.Sent, "DE-2026-0001", Today.AddDays(30)), (quote.Status, quote.Number, quote.ValidUntil));

        var invoice = quote.AcceptQuote(Today.AddDays(3));
        Assert.Equal(InvoiceStatus.Accepted, quote.Status);
        Assert.Equal((InvoiceKind.Invoice, InvoiceStatus.Draft, 30, quote.TotalGross), (invoice.Kind, invoice.Status, invoice.QuoteId, invoice.TotalGross));
        Assert.Null(invoice.Number);
        Assert.Equal(quote.Lines.Select(l => l.NetAmount), invoice.Lines.Select(l => l.NetAmount));
        Assert.Throws<BusinessRuleException>(() => quote.RefuseQuote(Today.AddDays(4)));
    }

    [Fact]
    public void A_draft_or_expired_quote_cannot_be_answered()
    {
        var quote = Quote();
        Assert.Throws<BusinessRuleException>(() => quote.AcceptQuote(Today));
        quote.SendQuote(Issuer(), Client(), "DE-2026-0001", Today, "direction", DateTime.UtcNow);
        Assert.True(quote.IsExpiredQuote(Today.AddDays(31)));
        var late = Assert.Throws<BusinessRuleException>(() => quote.AcceptQuote(Today.AddDays(31)));
        Assert.Contains("plus valable", late.Message, StringComparison.Ordinal);
        quote.RefuseQuote(Today.AddDays(30));
        Assert.Equal(InvoiceStatus.Refused, quote.Status);
    }

    [Fact]
    public void A_quote_is_neither_paid_nor_credited()
    {
        var quote = Quote();
        quote.SendQuote(Issuer(), Client(), "DE-2026-0001", Today, "direction", DateTime.UtcNow);
        Assert.Throws<BusinessRuleException>(() => quote.Pay(new PaymentInput { PaidOn = Today, Amount = 1m }, "direction", Today));
        Assert.Throws<BusinessRuleException>(() => quote.CreditNote(Today));
    }
}
