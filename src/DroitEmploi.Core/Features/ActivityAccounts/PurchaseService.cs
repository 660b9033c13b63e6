using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>The purchases an organisation records against its activities or its structure.</summary>
public sealed class PurchaseService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private const string NotFound = "Cet achat n'existe pas ou ne vous est pas accessible.";

    public async Task<PurchasePage> ListAsync(AccessScope scope, int organisationId, PurchaseQuery query, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanReadOrganisationFigures(OrganisationAccess.Of(organisation));
        var purchases = db.Purchases.AsNoTracking().Where(p => p.OrganisationId == organisationId);
        if (query.Year is { } year)
        {
            purchases = purchases.Where(p => p.Date >= new DateOnly(year, 1, 1) && p.Date <= new DateOnly(year, 12, 31));
        }
        if (query.ActivityId is { } activity)
        {
            purchases = activity == 0 ? purchases.Where(p => p.ActivityId == null) : purchases.Where(p => p.ActivityId == activity);
        }
        var rows = await purchases.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).ToListAsync(cancellationToken);
        if (TextInput.Optional(query.Search) is { } search)
        {
            var folded = SearchText.Fold(search);
            rows = rows.Where(p => SearchText.Fold($"{p.Supplier} {p.Description}").Contains(folded, StringComparison.Ordinal)).ToList();
        }
        var activityIds = rows.Where(p => p.ActivityId is not null).Select(p => p.ActivityId!.Value).Distinct().ToList();
        var names = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var page = rows.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(p => View(p, p.ActivityId is { } a ? names.GetValueOrDefault(a) : null)).ToList();
        return new PurchasePage(page, rows.Count, rows.Sum(p => p.NetAmount));
    }

    public async Task<PurchaseView> CreateAsync(AccessScope scope, int organisationId, PurchaseInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanKeepAccounts(OrganisationAccess.Of(organisation));
        var activities = await db.Activities.Where(a => a.OrganisationId == organisationId).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var purchase = Purchase.Record(organisationId, input, activities.Keys, clock.Today());
        db.Purchases.Add(purchase);
        await db.SaveChangesAsync(cancellationToken);
        return View(purchase, purchase.ActivityId is { } a ? activities[a] : null);
    }

    public async Task DeleteAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var purchase = await db.Purchases.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException(NotFound);
        var organisation = await db.Organisations.RequireAsync(purchase.OrganisationId, cancellationToken);
        if (!scope.CanReadOrganisationFigures(OrganisationAccess.Of(organisation)))
        {
            throw new NotFoundException(NotFound);
        }
        scope.EnsureCanKeepAccounts(OrganisationAccess.Of(organisation));
        db.Purchases.Remove(purchase);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static PurchaseView View(Purchase p, string? activity) =>
        new(p.Id, p.Date, p.Supplier, p.Description, p.Category, p.ActivityId, activity, p.NetAmount, p.VatAmount);
}
