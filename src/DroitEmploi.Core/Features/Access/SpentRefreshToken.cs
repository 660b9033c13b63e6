namespace DroitEmploi.Core.Features.Access;

/// <summary>A refresh token already exchanged (or given up at logout): it never buys a second access token.</summary>
public class SpentRefreshToken
{
    /// <summary>SHA-256 of the token, in hexadecimal: the token itself is never stored.</summary>
    public string Hash { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
