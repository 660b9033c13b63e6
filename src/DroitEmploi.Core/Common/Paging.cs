namespace DroitEmploi.Core.Common;

public static class Paging
{
    public const int MaxPageSize = 200;

    public static (int Page, int PageSize) Clamp(int? page, int? pageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 25, 1, MaxPageSize));

    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (p, size) = Clamp(page, pageSize);
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Skip((p - 1) * size).Take(size), cancellationToken);
        return new PagedResult<T>(items, total, p, size);
    }
}
