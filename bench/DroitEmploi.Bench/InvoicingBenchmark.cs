using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Web.Features.Commerce;

namespace DroitEmploi.Bench;

/// <summary>
/// An EBE's year of sales: drafting, validating (one number at a time, in its transaction) and
/// rendering the PDF of many invoices, then the reports over them, on each database.
/// </summary>
public static class InvoicingBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var count = options.Int("invoices", 1_000);
        var repeat = options.Int("repeat", 3);
        var results = new List<Measurement>();
        var system = AccessScope.System;
        Console.WriteLine($"Invoicing benchmark: {count:N0} invoices of 3 lines, validated one by one, each rendered as PDF; reports {repeat} runs each.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}.");

        await BenchDatabase.ForEachAsync(options, async database =>
        {
            var name = database.Name;
            var territory = await database.NewTerritoryAsync("Ventes");
            var organisation = await database.Get<OrganisationService>().CreateAsync(system, new OrganisationInput
            {
                Name = "EBE qui vend",
                Kind = OrganisationKind.EmploymentCompany,
                Territories = [new TerritoryLinkInput { TerritoryId = territory, Role = TerritoryRole.EmploymentCompany }],
            });
            var commerce = database.Get<CommerceService>();
            var invoices = database.Get<InvoiceService>();
            var reports = database.Get<SalesReportService>();
            await commerce.SaveIssuerAsync(system, organisation.Id, new IssuerInput
            {
                LegalName = "EBE qui vend",
                Street = "1 rue du Banc",
                PostalCode = "59300",
                City = "Valenciennes",
                Siren = "123456782",
                VatRegime = VatRegime.Liable,
                VatNumber = "FR40123456782",
                Iban = "FR7630006000011234567890189",
            });
            var clients = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                clients.Add((await commerce.AddClientAsync(system, organisation.Id, new ClientInput
                {
                    Kind = ClientKind.Individual,
                    Name = $"Client {i}",
                    Street = $"{i} rue du Banc",
                    PostalCode = "59300",
                    City = "Valenciennes",
                })).Id);
            }
            var item = await commerce.AddCatalogueItemAsync(system, organisation.Id, new CatalogueItemInput
            {
                Name = "Tonte",
                Unit = SaleUnit.Hour,
                UnitPrice = 12.50m,
                VatCategory = VatCategory.Intermediate,
            });

            var drafts = new List<InvoiceDetails>();
            results.Add(await Measure.RunAsync(name, "draft invoices", count, 1, async () =>
            {
                for (var i = 0; i < count; i++)
                {
                    drafts.Add(await invoices.DraftAsync(system, organisation.Id, new InvoiceInput
                    {
                        ClientId = clients[i % clients.Count],
                        ServiceDate = new DateOnly(2026, 1, 1).AddDays(i % 300),
                        Lines =
                        [
                            new InvoiceLineInput { CatalogueItemId = item.Id, Quantity = 1 + i % 4 },
                            new InvoiceLineInput { Description = "Évacuation des déchets verts", UnitPrice = 8.35m, VatCategory = VatCategory.Standard },
                            new InvoiceLineInput { Description = "Déplacement", Quantity = 0.5m, UnitPrice = 3.33m, VatCategory = VatCategory.Standard },
                        ],
                    }));
                }
            }));
            var validated = new List<InvoiceDetails>();
            results.Add(await Measure.RunAsync(name, "validate (number in the transaction)", count, 1, async () =>
            {
                foreach (var draft in drafts)
                {
                    validated.Add(await invoices.ValidateAsync(system, draft.Id, draft.Version));
                }
            }));
            long bytes = 0;
            results.Add(await Measure.RunAsync(name, "render PDF", count, 1, () =>
            {
                foreach (var invoice in validated)
                {
                    bytes += InvoicePdf.Render(invoice).Length;
                }
                return Task.CompletedTask;
            }));
            long facturXBytes = 0;
            results.Add(await Measure.RunAsync(name, "render Factur-X (PDF/A-3 + CII)", count, 1, () =>
            {
                foreach (var invoice in validated)
                {
                    facturXBytes += ElectronicInvoice.FacturXFile(invoice).Content.Length;
                }
                return Task.CompletedTask;
            }));
            results.Add(await Measure.RunAsync(name, "write UBL 2.1", count, 1, () =>
            {
                foreach (var invoice in validated)
                {
                    _ = ElectronicInvoice.UblFile(invoice);
                }
                return Task.CompletedTask;
            }));
            // Validation dates invoices today: the reports read today's year.
            var year = validated[^1].IssueDate!.Value.Year;
            Console.WriteLine($"{name}: {count:N0} PDFs, {bytes / 1024.0 / count:F1} KB each on average ({facturXBytes / 1024.0 / count:F1} KB as Factur-X); last number {validated[^1].Number}.");
            results.Add(await Measure.RunAsync(name, "revenue per activity (year)", count, repeat, () => reports.RevenueAsync(system, organisation.Id, year)));
            results.Add(await Measure.RunAsync(name, "receivables", count, repeat, () => reports.ReceivablesAsync(system, organisation.Id)));
            results.Add(await Measure.RunAsync(name, "FEC sales journal (year)", count, repeat,
                () => reports.SalesJournalAsync(system, organisation.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))));
        });
        Measure.Print(results);
    }
}
