using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.Parameters;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// La Barakajobs sells its useful work (seed "La Barakajobs"): lawn mowing for social-housing
/// tenants, reconditioned computers for the CAF and the town hall, vegetable preparation for a
/// restaurant, ironing. A year of invoices, through the same rules as the application: numbered in
/// order, paid in full or in part, one corrected by a credit note, two overdue.
/// </summary>
internal static class DemoCommerce
{
    private const string By = "données de démonstration";

    public static async Task SeedAsync(AppDbContext db, int barakajobs, DateOnly today, CancellationToken cancellationToken)
    {
        // Fictitious identifiers with valid keys: no real company is meant.
        var issuer = Issuer.For(barakajobs, new IssuerInput
        {
            LegalName = "La Barakajobs (EBE, démo)",
            Street = "12 rue du Faubourg de Lille",
            PostalCode = "59300",
            City = "Valenciennes",
            Siren = "123456782",
            Siret = "12345678200010",
            VatRegime = VatRegime.Liable,
            VatNumber = "FR40123456782",
            PenaltyRate = 0.10m,
            PaymentTermDays = 30,
            Iban = "FR7630006000011234567890189",
            Bic = "AGRIFRPP",
        });
        db.Issuers.Add(issuer);

        var clients = new[]
        {
            Client(barakajobs, ClientKind.Individual, "Mme Josiane Lemaire (démo)", "4 allée des Acacias", quotient: (480, IncomeSource.CafCertificate, today.AddMonths(-14))),
            Client(barakajobs, ClientKind.Individual, "M. Ahmed Benali (démo)", "17 résidence du Faubourg"),
            Client(barakajobs, ClientKind.Individual, "Mme Colette Vasseur (démo)", "2 rue des Glycines", quotient: (820, IncomeSource.TaxNotice, today.AddMonths(-13))),
            Client(barakajobs, ClientKind.PublicBody, "Mairie de Valenciennes (démo)", "Place d'Armes", siret: "21590606600018", service: "SERVICE-INFORMATIQUE", commitment: "EJ-2026-0412"),
            Client(barakajobs, ClientKind.PublicBody, "CAF du Nord, antenne de Valenciennes (démo)", "2 rue de la Vieille Poissonnerie", siret: "77568862500018", service: "ACHATS"),
            Client(barakajobs, ClientKind.Business, "Restaurant Le Jardin du Hainaut (démo)", "8 place du Marché aux Herbes", siret: "40483304800014"),
        };
        db.Clients.AddRange(clients);
        await db.SaveChangesAsync(cancellationToken);

        var activities = await db.Activities.Where(a => a.OrganisationId == barakajobs).ToDictionaryAsync(a => a.Name, a => a.Id, cancellationToken);
        CatalogueItem Item(string name, string activity, SaleUnit unit, decimal price, VatCategory vat) =>
            CatalogueItem.For(barakajobs, new CatalogueItemInput { Name = name, ActivityId = activities.TryGetValue(activity, out var id) ? id : null, Unit = unit, UnitPrice = price, VatCategory = vat });
        var mowing = Item("Tonte de pelouse (locataires)", "Tonte et petits travaux", SaleUnit.Hour, 12.50m, VatCategory.Intermediate);
        // The tenants pay by their quotient familial, as the social landlord asked (seed "La Barakajobs").
        mowing.Revise(new CatalogueItemInput
        {
            Name = mowing.Name,
            ActivityId = mowing.ActivityId,
            Unit = mowing.Unit,
            UnitPrice = mowing.UnitPrice,
            VatCategory = mowing.VatCategory,
            PriceBands = [new() { UpTo = 600, UnitPrice = 8m }, new() { UpTo = 1000, UnitPrice = 10.50m }, new() { UnitPrice = 12.50m }],
        });
        var computer = Item("Ordinateur reconditionné", "Ordinateurs reconditionnés", SaleUnit.Piece, 95m, VatCategory.Standard);
        var vegetables = Item("Préparation de légumes", "Légumerie", SaleUnit.Kilogram, 1.80m, VatCategory.Reduced);
        var ironing = Item("Repassage", "Repassage et blanchisserie", SaleUnit.Kilogram, 4m, VatCategory.Standard);
        db.CatalogueItems.AddRange(mowing, computer, vegetables, ironing);
        await db.SaveChangesAsync(cancellationToken);
        var catalogue = new[] { mowing, computer, vegetables, ironing };
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);

        var sequences = new Dictionary<string, InvoiceSequence>();
        string NumberOn(string pattern, DateOnly day)
        {
            var scope = NumberPattern.Scope(pattern, day);
            if (!sequences.TryGetValue(scope, out var sequence))
            {
                sequence = new InvoiceSequence { IssuerId = issuer.Id, Scope = scope };
                sequences[scope] = sequence;
                db.InvoiceSequences.Add(sequence);
            }
            return NumberPattern.Format(pattern, day, sequence.Next());
        }

        // Twelve months back, in the order they were issued, so numbers follow the dates.
        var issued = new List<Invoice>();
        for (var month = 12; month >= 1; month--)
        {
            var day = today.AddMonths(-month).AddDays(2);
            var sales = new (Client Client, CatalogueItem Item, decimal Quantity)[]
            {
                (clients[month % 3], mowing, 2 + month % 3),
                (clients[5], vegetables, 40 + month * 5),
                (month % 4 == 0 ? clients[3] : clients[4], computer, 1 + month % 2),
                (clients[(month + 1) % 3], ironing, 3.5m),
                // The town's school canteens buy the légumerie's vegetables every month: the sale that carries the others.
                (clients[3], vegetables, 1_400 + month * 35),
            };
            foreach (var (client, item, quantity) in sales)
            {
                var invoice = Invoice.Draft(barakajobs, issuer, client, new InvoiceInput
                {
                    ClientId = client.Id,
                    ServiceDate = day.AddDays(-1),
                    Category = item == computer ? OperationCategory.Goods : OperationCategory.Services,
                    Lines = [new InvoiceLineInput { CatalogueItemId = item.Id, Quantity = quantity }],
                }, catalogue, parameters, day);
                invoice.Validate(issuer, client, NumberOn(issuer.InvoicePattern, day), day, By, day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), null);
                issued.Add(invoice);
            }
        }

        // Paid, mostly on time; the last month's not yet; the restaurant's two before are overdue, one paid in part.
        var overdue = issued.Where(i => i.IssueDate >= today.AddMonths(-3) && i.IssueDate < today.AddMonths(-1) && i.ClientId == clients[5].Id).ToList();
        foreach (var invoice in issued.Where(i => i.IssueDate < today.AddMonths(-1) && !overdue.Contains(i)))
        {
            invoice.Pay(new PaymentInput { PaidOn = invoice.IssueDate!.Value.AddDays(20), Amount = invoice.TotalGross, Means = invoice.TotalGross > 100 ? PaymentMeans.Transfer : PaymentMeans.Cheque },
                By, today);
        }
        overdue[0].Pay(new PaymentInput { PaidOn = overdue[0].IssueDate!.Value.AddDays(25), Amount = decimal.Round(overdue[0].TotalGross / 2, 2), Means = PaymentMeans.Transfer }, By, today);
        db.Invoices.AddRange(issued);
        await db.SaveChangesAsync(cancellationToken);

        // Last month's computer came back: its invoice is cancelled by a credit note.
        var returned = issued.Last(i => i.Lines[0].CatalogueItemId == computer.Id);
        var creditDay = returned.IssueDate!.Value.AddDays(5);
        var note = returned.CreditNote(creditDay);
        note.Note = "Ordinateur rendu : l'écran ne fonctionnait pas.";
        note.Validate(issuer, clients.Single(c => c.Id == returned.ClientId), NumberOn(issuer.CreditNotePattern, creditDay), creditDay, By,
            creditDay.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), returned);
        db.Invoices.Add(note);

        // Quotes: five computers for the town hall's digital corner, waiting for its answer; a refused one.
        // In the order they were sent, so their numbers follow the dates.
        var refusedDay = today.AddMonths(-2);
        var refused = Invoice.Draft(barakajobs, issuer, clients[2], new InvoiceInput
        {
            ClientId = clients[2].Id,
            Lines = [new InvoiceLineInput { Description = "Nettoyage du jardin avant l'hiver", Quantity = 6, UnitPrice = 12.50m, VatCategory = VatCategory.Intermediate }],
        }, catalogue, parameters, refusedDay, InvoiceKind.Quote);
        refused.SendQuote(issuer, clients[2], NumberOn(issuer.QuotePattern, refusedDay), refusedDay, By, refusedDay.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
        refused.RefuseQuote(refusedDay.AddDays(10));
        var quoteDay = today.AddDays(-6);
        var pending = Invoice.Draft(barakajobs, issuer, clients[3], new InvoiceInput
        {
            ClientId = clients[3].Id,
            Category = OperationCategory.Goods,
            Lines = [new InvoiceLineInput { CatalogueItemId = computer.Id, Quantity = 5 }],
        }, catalogue, parameters, quoteDay, InvoiceKind.Quote);
        pending.SendQuote(issuer, clients[3], NumberOn(issuer.QuotePattern, quoteDay), quoteDay, By, quoteDay.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
        db.Invoices.AddRange(refused, pending);

        // A draft the director has started for this month.
        db.Invoices.Add(Invoice.Draft(barakajobs, issuer, clients[0], new InvoiceInput
        {
            ClientId = clients[0].Id,
            ServiceDate = today,
            Lines = [new InvoiceLineInput { CatalogueItemId = mowing.Id, Quantity = 2 }],
        }, catalogue, parameters, today));
        await db.SaveChangesAsync(cancellationToken);

        // The demo employee recorded two mowings at M. Benali's from her phone: they wait in his draft invoice.
        var employee = await db.Users.Where(u => u.Email == DemoAccounts.BarakajobsEmployee).Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (employee is not null)
        {
            var benali = clients[1];
            var draft = Invoice.Draft(barakajobs, issuer, benali, new InvoiceInput { ClientId = benali.Id }, catalogue, parameters, today);
            var records = new[] { (today.AddDays(-3), 2m, (string?)null), (today.AddDays(-1), 1.5m, "haie du fond") }
                .Select(s => ServiceRecord.Record(barakajobs, benali, mowing, new ServiceRecordInput
                {
                    DoneOn = s.Item1,
                    ClientId = benali.Id,
                    CatalogueItemId = mowing.Id,
                    Quantity = s.Item2,
                    Note = s.Item3,
                }, employee.Id, employee.DisplayName, today)).ToList();
            foreach (var record in records)
            {
                draft.AddService(issuer, benali, record.Line(mowing), catalogue, parameters, record.DoneOn);
            }
            db.Invoices.Add(draft);
            await db.SaveChangesAsync(cancellationToken);
            records.ForEach(r => r.InvoiceId = draft.Id);
            db.ServiceRecords.AddRange(records);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static Client Client(int organisation, ClientKind kind, string name, string street, string? siret = null, string? service = null, string? commitment = null,
        (int Value, IncomeSource Source, DateOnly CheckedOn)? quotient = null) =>
        Commerce.Client.For(organisation, new ClientInput
        {
            Kind = kind,
            Name = name,
            Street = street,
            PostalCode = "59300",
            City = "Valenciennes",
            Siret = siret,
            ServiceCode = service,
            CommitmentNumber = commitment,
            Quotient = quotient?.Value,
            QuotientSource = quotient?.Source,
            QuotientCheckedOn = quotient?.CheckedOn,
        });
}
