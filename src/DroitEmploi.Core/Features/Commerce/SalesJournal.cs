using System.Globalization;
using System.Text;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// The sales journal for the accountant in the layout of the French FEC (Fichier des écritures
/// comptables, LPF art. A47 A-1): one line per entry, tab separated, amounts with a comma. Each
/// invoice debits the client (411) with its total and credits sales (706 services, 707 goods) and
/// output VAT (44571); a credit note does the reverse. Every entry balances, so the file does.
/// </summary>
public static class SalesJournal
{
    public const string ClientAccount = "411000";
    public const string ServicesAccount = "706000";
    public const string GoodsAccount = "707000";
    public const string VatAccount = "445710";

    private static readonly string[] Columns =
    [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate",
        "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
    ];

    public sealed record Entry(string Account, string AccountLabel, string? AuxiliaryNumber, string? AuxiliaryLabel, decimal Debit, decimal Credit);

    /// <summary>The lines of one invoice's entry; debits equal credits to the cent.</summary>
    public static IReadOnlyList<Entry> EntriesOf(Invoice invoice, string clientName)
    {
        var sign = invoice.Kind == InvoiceKind.CreditNote ? -1 : 1;
        var entries = new List<Entry> { Side(ClientAccount, "Clients", $"C{invoice.ClientId}", clientName, sign * invoice.TotalGross, debit: true) };
        var salesAccount = invoice.Category == OperationCategory.Goods ? GoodsAccount : ServicesAccount;
        var salesLabel = invoice.Category == OperationCategory.Goods ? "Ventes de marchandises" : "Prestations de services";
        entries.Add(Side(salesAccount, salesLabel, null, null, sign * invoice.TotalNet, debit: false));
        if (invoice.TotalVat != 0)
        {
            entries.Add(Side(VatAccount, "TVA collectée", null, null, sign * invoice.TotalVat, debit: false));
        }
        return entries;
    }

    /// <summary>A positive amount on its side; a negative one (credit note) on the other.</summary>
    private static Entry Side(string account, string label, string? aux, string? auxLabel, decimal amount, bool debit) =>
        (amount >= 0) == debit
            ? new Entry(account, label, aux, auxLabel, Math.Abs(amount), 0)
            : new Entry(account, label, aux, auxLabel, 0, Math.Abs(amount));

    public static string Write(IEnumerable<(Invoice Invoice, string ClientName)> invoices)
    {
        var text = new StringBuilder();
        text.AppendJoin('\t', Columns).Append("\r\n");
        var number = 0;
        foreach (var (invoice, clientName) in invoices.OrderBy(i => i.Invoice.IssueDate).ThenBy(i => i.Invoice.Id))
        {
            number++;
            var day = invoice.IssueDate!.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var label = $"{(invoice.Kind == InvoiceKind.CreditNote ? "Avoir" : "Facture")} {invoice.Number} {clientName}";
            foreach (var entry in EntriesOf(invoice, clientName))
            {
                text.AppendJoin('\t',
                    "VT", "Ventes", number.ToString(CultureInfo.InvariantCulture), day, entry.Account, entry.AccountLabel, entry.AuxiliaryNumber ?? "",
                    Clean(entry.AuxiliaryLabel ?? ""), invoice.Number, day, Clean(label), Amount(entry.Debit), Amount(entry.Credit), "", "", day, "", "")
                    .Append("\r\n");
            }
        }
        return text.ToString();
    }

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.GetCultureInfo("fr-FR"));

    // The FEC's separator and line ends may not appear inside a field.
    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
