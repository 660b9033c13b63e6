using DroitEmploi.Core.Features.Commerce;
using DroitEmploi.Core.Features.Parameters;

namespace DroitEmploi.UnitTests.Features.Commerce;

/// <summary>An issuer, clients and the dated VAT rates as the catalogue seeds them.</summary>
internal static class CommerceFixtures
{
    public const int Organisation = 7;
    public const string ValidSiren = "732829320";
    public const string ValidSiret = "73282932000074";
    public const string ValidIban = "FR7630006000011234567890189";

    public static ParameterSnapshot Parameters { get; } = new(ParameterCatalogue.Seeds
        .Select(s => new DatedParameter { Key = s.Key, ValidFrom = s.ValidFrom, ValidTo = s.ValidTo, Value = s.Value }).ToList());

    public static IssuerInput IssuerInput(VatRegime regime = VatRegime.Liable) => new()
    {
        LegalName = "La Barakajobs",
        Street = "12 rue du Faubourg de Lille",
        PostalCode = "59300",
        City = "Valenciennes",
        Siren = ValidSiren,
        VatRegime = regime,
        VatNumber = regime == VatRegime.Liable ? "FR40732829320" : null,
        PenaltyRate = 0.10m,
        PaymentTermDays = 30,
        Iban = ValidIban,
    };

    public static Issuer Issuer(VatRegime regime = VatRegime.Liable)
    {
        var issuer = Core.Features.Commerce.Issuer.For(Organisation, IssuerInput(regime));
        issuer.Id = 1;
        return issuer;
    }

    public static Client Client(ClientKind kind = ClientKind.Individual, string? siren = null)
    {
        var client = Core.Features.Commerce.Client.For(Organisation, new ClientInput
        {
            Kind = kind,
            Name = "Mme Dupont",
            Street = "3 allée des Acacias",
            PostalCode = "59300",
            City = "Valenciennes",
            Siren = siren,
            Siret = kind == ClientKind.PublicBody ? ValidSiret : null,
        });
        client.Id = 5;
        return client;
    }

    public static InvoiceInput Lines(params (decimal Quantity, decimal Price, VatCategory Vat)[] lines) => new()
    {
        ClientId = 5,
        ServiceDate = new DateOnly(2026, 11, 20),
        Lines = lines.Select((l, i) => new InvoiceLineInput { Description = $"Tonte {i + 1}", Quantity = l.Quantity, UnitPrice = l.Price, VatCategory = l.Vat, Unit = SaleUnit.Hour }).ToList(),
    };

    public static Invoice Draft(InvoiceInput input, Issuer? issuer = null, Client? client = null) =>
        Invoice.Draft(Organisation, issuer ?? Issuer(), client ?? Client(), input, [], Parameters, new DateOnly(2026, 11, 25));
}
