namespace DroitEmploi.Core.Features.Commerce;

public sealed record ClientView(
    int Id, int OrganisationId, ClientKind Kind, string Name, string Street, string PostalCode, string City, string? Email, string? Siren, string? Siret,
    string? ServiceCode, string? CommitmentNumber, int Version, int? Quotient = null, IncomeSource? QuotientSource = null, DateOnly? QuotientCheckedOn = null)
{
    public bool IsProfessional => Client.Professional(Kind, Siren);

    public static ClientView Of(Client c) => new(c.Id, c.OrganisationId, c.Kind, c.Name, c.Street, c.PostalCode, c.City, c.Email, c.Siren, c.Siret,
        c.ServiceCode, c.CommitmentNumber, c.Version, c.Quotient, c.QuotientSource, c.QuotientCheckedOn);
}
