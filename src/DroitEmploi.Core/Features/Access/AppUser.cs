using Microsoft.AspNetCore.Identity;

namespace DroitEmploi.Core.Features.Access;

public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public List<Membership> Memberships { get; set; } = [];
}
