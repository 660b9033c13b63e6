using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Directory;

/// <summary>Any actor of the local ecosystem: EBE, KPA, CAE, association, company, public body, funder…</summary>
public class Organisation : TrackedEntity
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public string? LegalForm { get; set; }
    public string? Siret { get; set; }
    public string? NafCode { get; set; }
    public List<string> ActivityTags { get; set; } = [];
    /// <summary>The divisions ("pôles") of an EBE or a KPA: réemploi, services, alimentation…</summary>
    public List<string> Divisions { get; set; } = [];
    public string? Description { get; set; }
    public DateOnly? OpenedOn { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public List<OrganisationContact> Contacts { get; set; } = [];
    /// <summary>The "structure porteuse" that steers it (e.g. the social centre behind a KPA).</summary>
    public int? CarrierId { get; set; }
    public Organisation? Carrier { get; set; }
    /// <summary>The "structure de portage" that carries its contracts (e.g. the CAE behind a KPA's CAPE).</summary>
    public int? PortageId { get; set; }
    public Organisation? Portage { get; set; }
    public List<OrganisationTerritory> Territories { get; set; } = [];
    public string SearchText { get; set; } = "";
}
