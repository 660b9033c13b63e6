namespace DroitEmploi.Core.Features.Directory;

public enum OrganisationSort
{
    Name,
    Kind,
    City,
}
