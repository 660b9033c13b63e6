using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroitEmploi.Web.Features.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", List).WithTags("Journal")
            .WithSummary("Journal des modifications (administrateurs ; équipes CLE pour leur territoire)")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Ok<PagedResult<AuditEntryView>>> List(
        Caller caller, AuditService service, CancellationToken cancellationToken,
        string? entityType = null, string? entityId = null, string? actor = null, int? page = null, int? pageSize = null,
        DateOnly? from = null, DateOnly? to = null)
    {
        var scope = caller.Scope;
        return TypedResults.Ok(await service.ListAsync(scope, new AuditQuery(entityType, entityId, actor, page, pageSize, from, to), cancellationToken));
    }
}
