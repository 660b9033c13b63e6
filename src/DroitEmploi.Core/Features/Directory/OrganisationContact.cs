namespace DroitEmploi.Core.Features.Directory;

public class OrganisationContact
{
    public string Name { get; set; } = "";
    public string? Function { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
