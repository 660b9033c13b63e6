using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Web.Features.Access;

/// <summary>
/// Keeps browser sessions in the database (any node reads them); the cookie carries only the session's
/// key, so a session that was ended cannot be brought back by replaying an old cookie.
/// </summary>
public sealed class DatabaseTicketStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var db = await dbFactory.CreateDbContextAsync();
        db.AuthSessions.Add(new AuthSession
        {
            Key = key,
            UserId = ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "",
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ExpiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime,
        });
        // Ended and expired sessions go as new ones come, so the table does not grow for ever.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.AuthSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.AuthSessions.Where(s => s.Key == key).ExecuteUpdateAsync(setters => setters
            .SetProperty(s => s.Ticket, TicketSerializer.Default.Serialize(ticket))
            .SetProperty(s => s.ExpiresAt, ticket.Properties.ExpiresUtc.HasValue ? ticket.Properties.ExpiresUtc.Value.UtcDateTime : null));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var session = await db.AuthSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key);
        if (session is null || session.ExpiresAt < clock.GetUtcNow().UtcDateTime)
        {
            return null;
        }
        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.AuthSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }
}
