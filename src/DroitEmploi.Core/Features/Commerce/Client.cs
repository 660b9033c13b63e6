using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// Someone an organisation sells to. An individual's name and address are personal data: reads and
/// changes are journaled like a volunteer's. A business gives its SIREN (printed on invoices from
/// 2026), a public body its SIRET and, for Chorus Pro, its service code and commitment number.
/// </summary>
public class Client : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public ClientKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public string? Email { get; set; }
    public string? Siren { get; set; }
    public string? Siret { get; set; }
    public string? ServiceCode { get; set; }
    public string? CommitmentNumber { get; set; }
    /// <summary>An individual's quotient familial, for prices by income, with where it was read and when — never the document.</summary>
    public int? Quotient { get; set; }
    public IncomeSource? QuotientSource { get; set; }
    public DateOnly? QuotientCheckedOn { get; set; }
    /// <summary>The normalised name the duplicate guard compares.</summary>
    public string NameKey { get; set; } = "";

    public static Client For(int organisationId, ClientInput input)
    {
        var client = new Client { OrganisationId = organisationId };
        client.Revise(input);
        return client;
    }

    public void Revise(ClientInput input)
    {
        var siren = Commerce.Siren.Digits(input.Siren);
        var siret = Commerce.Siren.Digits(input.Siret);
        if (siret.Length > 0 && !Commerce.Siren.IsSiret(siret))
        {
            throw ValidationFailedException.For("siret", "Le SIRET doit avoir 14 chiffres et une clé valide.");
        }
        if (siren.Length == 0 && siret.Length == 14)
        {
            siren = siret[..9];
        }
        if (siren.Length > 0 && !Commerce.Siren.IsSiren(siren))
        {
            throw ValidationFailedException.For("siren", "Le SIREN doit avoir 9 chiffres et une clé valide.");
        }
        if (input.Kind == ClientKind.Business && siren.Length == 0)
        {
            throw ValidationFailedException.For("siren", "Une entreprise cliente donne son SIREN : il figure sur ses factures.");
        }
        if (input.Kind == ClientKind.PublicBody && siret.Length == 0)
        {
            throw ValidationFailedException.For("siret", "Un organisme public donne son SIRET : Chorus Pro en a besoin.");
        }
        if (input.Quotient is not null && (input.Kind != ClientKind.Individual || input.QuotientSource is null || input.QuotientCheckedOn is null))
        {
            throw ValidationFailedException.For("quotient", input.Kind != ClientKind.Individual
                ? "Le quotient familial ne concerne que les particuliers."
                : "Indiquez d'où vient le quotient familial (attestation CAF ou avis d'imposition) et quand il a été vérifié.");
        }
        Kind = input.Kind;
        Quotient = input.Quotient;
        QuotientSource = input.Quotient is null ? null : input.QuotientSource;
        QuotientCheckedOn = input.Quotient is null ? null : input.QuotientCheckedOn;
        Name = input.Name.Trim();
        NameKey = Activities.TagKey.Of(Name);
        Street = input.Street.Trim();
        PostalCode = input.PostalCode.Trim();
        City = input.City.Trim();
        Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        Siren = siren.Length == 0 ? null : siren;
        Siret = siret.Length == 0 ? null : siret;
        ServiceCode = Kind == ClientKind.PublicBody && !string.IsNullOrWhiteSpace(input.ServiceCode) ? input.ServiceCode.Trim() : null;
        CommitmentNumber = Kind == ClientKind.PublicBody && !string.IsNullOrWhiteSpace(input.CommitmentNumber) ? input.CommitmentNumber.Trim() : null;
    }

    /// <summary>A professional buyer: the penalty rate and the 40 € recovery indemnity are printed for it.</summary>
    public bool IsProfessional => Professional(Kind, Siren);

    public static bool Professional(ClientKind kind, string? siren) =>
        kind is ClientKind.Business or ClientKind.PublicBody || (kind == ClientKind.Association && siren is not null);

    public string Address => $"{Street}, {PostalCode} {City}";
}
