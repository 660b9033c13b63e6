using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// A year of money at Services pour tous: services invoiced under Optéos' identity and cashed, the costs of each
/// activity, the shared phone line, each month before the last shared by turnover after Optéos' contribution (the
/// last one waits for the coordination), and the pay requests that followed — this month's waiting for the CAE or
/// not yet submitted, one rejected.
/// </summary>
public static class DemoKpaMoney
{
    private static readonly Dictionary<string, (string Service, string Cost)> Teams = new()
    {
        ["Tonte et petits travaux"] = ("Tonte et petits travaux chez un locataire", "Carburant et fil de débroussailleuse"),
        ["Restauration"] = ("Plateau-repas et buffet", "Ingrédients"),
        ["Réparation d'ordinateurs"] = ("Ordinateur réparé ou reconditionné", "Pièces détachées"),
        ["Friperie"] = ("Ventes de la friperie", "Cintres et sacs"),
        ["Collecte de compost"] = ("Collecte de compost au porte-à-porte", "Bio-seaux"),
        ["Jardin en permaculture"] = ("Paniers de légumes", "Semences et plants"),
    };

    public static async Task SeedAsync(AppDbContext db, int opteos, int kpaId, DateOnly today, CancellationToken cancellationToken)
    {
        db.ContributionSchedules.Add(new ContributionSchedule
        {
            PortageId = opteos,
            ValidFrom = new DateOnly(2024, 1, 1),
            Mode = ContributionMode.Slice,
            Brackets = Brackets(30_000m, 0.115m, 0.105m, 0.095m, 0.085m, 0.075m),
            TrainingBrackets = Brackets(20_000m, 0.12m, 0.115m, 0.11m, 0.10m, 0.09m),
            CutOffDay = 20,
            Source = "Optéos, contribution coopérative sur la marge brute annuelle cumulée, par tranches (documentation de la CAE)",
        });
        await SellingAsync(db, kpaId, cancellationToken);
        var kpa = await db.Kpas.SingleAsync(k => k.OrganisationId == kpaId, cancellationToken);
        var cooperants = await db.Cooperants.Include(c => c.Steps).Where(c => c.KpaId == kpaId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var names = (await db.People.Where(p => cooperants.Select(c => c.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}", cancellationToken));
        var nameOf = cooperants.ToDictionary(c => c.Id, c => c.PersonId is { } id ? names[id] : $"{c.FirstName} {c.LastName}");
        var random = new Random(59264);
        var lines = new List<LedgerLine>();
        var invoice = 0;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        for (var month = thisMonth.AddMonths(-12); month <= thisMonth; month = month.AddMonths(1))
        {
            var lastDay = month == thisMonth ? today : month.AddMonths(1).AddDays(-1);
            var present = cooperants.Where(c => c.SituationAt(kpa, month.AddDays(14)) is { Present: true, Contract: not null }).ToList();
            foreach (var cooperant in present)
            {
                var (service, cost) = Teams.GetValueOrDefault(cooperant.TradeName ?? "", ("Prestation", "Fournitures"));
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var on = month.AddDays(random.Next(0, lastDay.Day));
                    lines.Add(new LedgerLine
                    {
                        KpaId = kpaId,
                        RealisedById = cooperant.Id,
                        On = on,
                        Kind = LedgerLineKind.Turnover,
                        Amount = random.Next(40, 460) + random.Next(0, 4) * 0.25m,
                        Label = service,
                        Source = $"Facture OPT-{on:yyyy}-{++invoice:0000} encaissée",
                    });
                }
                if (random.Next(0, 3) == 0)
                {
                    lines.Add(new LedgerLine
                    {
                        KpaId = kpaId,
                        RealisedById = cooperant.Id,
                        On = month.AddDays(random.Next(0, lastDay.Day)),
                        Kind = LedgerLineKind.DirectCost,
                        Amount = -(random.Next(8, 120) + 0.90m),
                        Label = cost,
                        Source = "Ticket de caisse",
                    });
                }
            }
            if (present.Count > 0 && today >= month.AddDays(4))
            {
                lines.AddRange(MonthlySharing.SharedCostLines(kpaId, month.AddDays(4), 29.99m, "Ligne téléphonique du local", "Facture de l'opérateur", present.Select(c => c.Id).ToList()));
            }
            // Last month waits for the coordination to share it, as it does early in each month.
            if (month < thisMonth.AddMonths(-1))
            {
                var collective = lines.Where(l => l.CooperantId == null && l.Kind is LedgerLineKind.Turnover or LedgerLineKind.DirectCost && l.On.Year == month.Year).ToList();
                var schedule = db.ContributionSchedules.Local.Single();
                var statement = MonthlySharing.Compute(kpaId, month, kpa.SharingRule, collective, schedule, MonthlySharing.MembersOf(cooperants, nameOf, kpa, month, collective));
                lines.AddRange(MonthlySharing.LinesToPost(statement));
            }
        }
        db.LedgerLines.AddRange(lines);
        await db.SaveChangesAsync(cancellationToken);
        await PayRequestsAsync(db, kpa, cooperants, lines, thisMonth, today, cancellationToken);
    }

    /// <summary>Each month after the sharing, most present cooperants ask for about two thirds of their balance.</summary>
    private static async Task PayRequestsAsync(AppDbContext db, Kpa kpa, List<Cooperant> cooperants, List<LedgerLine> lines, DateOnly thisMonth, DateOnly today, CancellationToken cancellationToken)
    {
        var balances = cooperants.ToDictionary(c => c.Id, _ => 0m);
        var validated = new List<(PayRequest Request, DateOnly On, decimal Available)>();
        for (var month = thisMonth.AddMonths(-11); month <= thisMonth; month = month.AddMonths(1))
        {
            var asked = month.AddDays(month == thisMonth ? Math.Min(today.Day - 1, 9) : 9);
            foreach (var line in lines.Where(l => l.CooperantId is not null && l.On < asked && l.On >= asked.AddMonths(-1)))
            {
                balances[line.CooperantId!.Value] += line.Amount;
            }
            foreach (var cooperant in cooperants.Where(c => c.SituationAt(kpa, asked).Present && balances[c.Id] >= 50m))
            {
                var amount = Math.Floor(balances[cooperant.Id] * 2 / 3 / 10) * 10;
                var request = PayRequest.Ask(kpa.OrganisationId, cooperant.Id, new PayRequestInput { Amount = amount }, asked, 20);
                db.PayRequests.Add(request);
                if (month == thisMonth && cooperant.AccountId is null && validated.Count % 2 == 0)
                {
                    // Asked this month, not yet sent by the referent.
                    validated.Add((request, asked, -1m));
                    continue;
                }
                request.Submit(asked.AddDays(1), 20);
                validated.Add((request, asked.AddDays(2), month == thisMonth ? -1m : balances[cooperant.Id]));
                if (month != thisMonth)
                {
                    balances[cooperant.Id] -= amount;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        var lastMonth = validated.Where(v => v.Available >= 0 && v.Request.Month == thisMonth.AddMonths(-1)).Select(v => v.Request).FirstOrDefault();
        foreach (var (request, on, available) in validated.Where(v => v.Available >= 0))
        {
            if (request == lastMonth)
            {
                request.Reject("Le chiffre d'affaires de la facture OPT du mois n'est pas encore encaissé : redemandez le mois prochain.", on, "portage.opteos@demo.droitemploi.fr");
                continue;
            }
            db.LedgerLines.Add(request.Validate(available, on, "portage.opteos@demo.droitemploi.fr"));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The KPA sells under Optéos' legal identity (fictitious identifiers with valid keys), at the prices the group set,
    /// to tenants, the social centre and the CAF: what the demo cooperant records services for on his phone.
    /// </summary>
    private static async Task SellingAsync(AppDbContext db, int kpaId, CancellationToken cancellationToken)
    {
        db.Issuers.Add(Issuer.For(kpaId, new IssuerInput
        {
            LegalName = "Optéos (CAE, démo)",
            Street = "5 rue de la Coopération",
            PostalCode = "59000",
            City = "Lille",
            Siren = "452187537",
            Siret = "45218753700017",
            VatRegime = VatRegime.Liable,
            VatNumber = "FR66452187537",
            PenaltyRate = 0.10m,
            PaymentTermDays = 30,
            Iban = "FR7630006000011234567890189",
            Bic = "AGRIFRPP",
        }));
        ClientInput Client(ClientKind kind, string name, string street, string? siret = null) =>
            new() { Kind = kind, Name = name, Street = street, PostalCode = "59264", City = "Onnaing", Siret = siret };
        db.Clients.AddRange(
            Commerce.Client.For(kpaId, Client(ClientKind.Individual, "Mme Odette Carpentier (démo)", "3 rue Cuvinot")),
            Commerce.Client.For(kpaId, Client(ClientKind.Individual, "M. Jean-Paul Dufour (démo)", "11 cité Cuvinot")),
            Commerce.Client.For(kpaId, Client(ClientKind.Association, "Espace socioculturel Le Phare (démo)", "Place de la cité Cuvinot")));
        db.CatalogueItems.AddRange(
            CatalogueItem.For(kpaId, new CatalogueItemInput { Name = "Tonte et petits travaux (locataires)", Unit = SaleUnit.Hour, UnitPrice = 11m, VatCategory = VatCategory.Intermediate }),
            CatalogueItem.For(kpaId, new CatalogueItemInput { Name = "Plateau-repas", Unit = SaleUnit.Piece, UnitPrice = 9.50m, VatCategory = VatCategory.Reduced }),
            CatalogueItem.For(kpaId, new CatalogueItemInput { Name = "Réparation d'ordinateur", Unit = SaleUnit.Flat, UnitPrice = 35m, VatCategory = VatCategory.Standard }),
            CatalogueItem.For(kpaId, new CatalogueItemInput { Name = "Collecte de compost (mois)", Unit = SaleUnit.Flat, UnitPrice = 6m, VatCategory = VatCategory.Reduced }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<ContributionBracket> Brackets(decimal width, params decimal[] rates) =>
        rates.Select((rate, i) => new ContributionBracket { UpTo = i == rates.Length - 1 ? null : width * (i + 1), Rate = rate }).ToList();
}
