namespace DroitEmploi.Core.Features.Directory;

public enum OrganisationKind
{
    EmploymentCompany,
    Kpa,
    Cae,
    TransitionCooperative,
    Association,
    IaeStructure,
    SocialCentre,
    LocalCompany,
    PublicBody,
    Funder,
    Other,
}
