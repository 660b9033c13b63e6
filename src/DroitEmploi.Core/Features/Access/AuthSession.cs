namespace DroitEmploi.Core.Features.Access;

/// <summary>
/// A signed-in browser session kept on the server: the cookie only names it, so that logging out,
/// changing one's password or being deactivated ends it for good, whatever copy of the cookie remains.
/// </summary>
public class AuthSession
{
    public string Key { get; set; } = "";
    public string UserId { get; set; } = "";
    public byte[] Ticket { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
}
