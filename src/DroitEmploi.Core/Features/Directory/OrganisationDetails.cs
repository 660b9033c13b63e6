namespace DroitEmploi.Core.Features.Directory;

public sealed record OrganisationDetails(
    int Id, string Name, OrganisationKind Kind, string? LegalForm, string? Siret, string? NafCode,
    IReadOnlyList<string> ActivityTags, IReadOnlyList<string> Divisions, string? Description, DateOnly? OpenedOn,
    string? Street, string? PostalCode, string? City, string? Website, string? Email, string? Phone,
    IReadOnlyList<ContactView> Contacts, OrganisationRef? Carrier, OrganisationRef? Portage,
    IReadOnlyList<TerritoryLinkView> Territories, int Version, bool CanEdit, DateTime UpdatedAt, string? UpdatedBy,
    bool CanReadFigures = false, bool CanSeeStaff = false)
{
    public OrganisationInput ToInput() => new()
    {
        Name = Name,
        Kind = Kind,
        LegalForm = LegalForm,
        Siret = Siret,
        NafCode = NafCode,
        ActivityTags = [.. ActivityTags],
        Divisions = [.. Divisions],
        Description = Description,
        OpenedOn = OpenedOn,
        Street = Street,
        PostalCode = PostalCode,
        City = City,
        Website = Website,
        Email = Email,
        Phone = Phone,
        Contacts = Contacts.Select(c => new ContactInput { Name = c.Name, Function = c.Function, Email = c.Email, Phone = c.Phone }).ToList(),
        CarrierId = Carrier?.Id,
        PortageId = Portage?.Id,
        Territories = Territories.Select(t => new TerritoryLinkInput { TerritoryId = t.TerritoryId, Role = t.Role }).ToList(),
        Version = Version,
    };
}
