using System.Globalization;
using DroitEmploi.Core.Features.Commerce;
using static DroitEmploi.UnitTests.Features.Commerce.CommerceFixtures;

namespace DroitEmploi.UnitTests.Features.Commerce;

public class SalesJournalTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void An_invoice_debits_the_client_and_credits_sales_and_vat_and_a_credit_note_reverses_it()
    {
        var invoice = Draft(Lines((2, 25m, VatCategory.Standard), (0.335m, 3m, VatCategory.Reduced)));
        invoice.Id = 1;
        invoice.Validate(Issuer(), Client(), "FA-2026-00001", Today, "direction", DateTime.UtcNow, null);
        var entries = SalesJournal.EntriesOf(invoice, "Mme Dupont");
        Assert.Equal(invoice.TotalGross, entries.Single(e => e.Account == SalesJournal.ClientAccount).Debit);
        Assert.Equal(invoice.TotalNet, entries.Single(e => e.Account == SalesJournal.ServicesAccount).Credit);
        Assert.Equal(invoice.TotalVat, entries.Single(e => e.Account == SalesJournal.VatAccount).Credit);
        Assert.Equal(entries.Sum(e => e.Debit), entries.Sum(e => e.Credit));

        var note = invoice.CreditNote(Today);
        note.Validate(Issuer(), Client(), "AV-2026-00001", Today, "direction", DateTime.UtcNow, invoice);
        var reversed = SalesJournal.EntriesOf(note, "Mme Dupont");
        Assert.Equal(invoice.TotalGross, reversed.Single(e => e.Account == SalesJournal.ClientAccount).Credit);
        Assert.Equal(invoice.TotalNet, reversed.Single(e => e.Account == SalesJournal.ServicesAccount).Debit);
    }

    [Fact]
    public void The_file_has_the_eighteen_fec_columns_and_balances_to_the_cent()
    {
        var invoices = Enumerable.Range(1, 5).Select(i =>
        {
            var invoice = Draft(Lines((i, 19.99m, VatCategory.Standard)));
            invoice.Id = i;
            invoice.Validate(Issuer(), Client(), $"FA-2026-{i:00000}", Today, "direction", DateTime.UtcNow, null);
            return (invoice, "Mme\tDupont");
        }).ToList();
        var lines = SalesJournal.Write(invoices).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum", lines[0], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(18, l.Split('\t').Length));
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var debit = lines.Skip(1).Sum(l => decimal.Parse(l.Split('\t')[11], french));
        var credit = lines.Skip(1).Sum(l => decimal.Parse(l.Split('\t')[12], french));
        Assert.Equal(debit, credit);
        Assert.Equal(invoices.Sum(i => i.invoice.TotalGross), debit);
    }
}
