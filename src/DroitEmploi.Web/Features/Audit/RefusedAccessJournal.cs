using System.Security.Claims;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Audit;

namespace DroitEmploi.Web.Features.Audit;

/// <summary>
/// Journals the records a signed-in user tried to reach and was refused (403) or told do not exist
/// (404, which hides what one may not see): repeated attempts at others' records show in the journal.
/// </summary>
public sealed class RefusedAccessJournal(ReadJournal journal)
{
    private const int LongestPath = 500;

    public Task RecordAsync(ClaimsPrincipal user, string method, string path, Exception refusal)
    {
        if (user.Identity is not { IsAuthenticated: true } identity || refusal is not (ForbiddenException or NotFoundException))
        {
            return Task.CompletedTask;
        }
        var where = $"{method} {(path.Length > LongestPath ? path[..LongestPath] : path)}";
        return journal.RecordAsync(identity.Name, AuditActions.Refused, "Accès", where.Length > 64 ? where[..64] : where, null,
            $"{where} — {refusal.Message}");
    }
}
