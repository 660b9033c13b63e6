using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>The CTE's activities and their monthly results, outside grants, the year's pool, spin-offs and their follow-up.</summary>
public sealed class CtePoolService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string ActivityNotFound = "Cette activité de la CTE n'existe pas ou ne vous est pas accessible.";

    public async Task<PoolStatement> PoolAsync(AccessScope scope, int cteId, int? year, CancellationToken cancellationToken = default)
    {
        if (year is < 2000 or > 2100)
        {
            throw ValidationFailedException.For("year", "L'année est comprise entre 2000 et 2100.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CteQueries.ReadableAsync(db, scope, cteId, cancellationToken);
        return await CteQueries.PoolAsync(db, cteId, year ?? clock.Today().Year, cancellationToken);
    }

    public async Task<IReadOnlyList<CteActivityView>> ActivitiesAsync(AccessScope scope, int cteId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await CteQueries.ReadableAsync(db, scope, cteId, cancellationToken);
        var activities = await db.CteActivities.AsNoTracking().Where(a => a.CteId == cteId).ToListAsync(cancellationToken);
        return await ViewsAsync(db, scope, activities, cancellationToken);
    }

    public async Task<CteActivityView> StartAsync(AccessScope scope, int cteId, CteActivityInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        var holder = input.HolderId is { } holderId ? await db.CteMembers.AsNoTracking().SingleOrDefaultAsync(m => m.Id == holderId, cancellationToken) : null;
        var activity = CteActivity.Start(cteId, input, holder);
        db.CteActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, scope, [activity], cancellationToken))[0];
    }

    public Task<CteActivityView> RecordResultAsync(AccessScope scope, int activityId, ActivityResultInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(scope, activityId, input, input.Version, (activity, _, _) =>
        {
            activity.RecordResult(input.Month!.Value, input.Turnover, input.Costs);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The activity spins off with its SIREN; the grants that supported it end that day, their reason a business created.</summary>
    public Task<CteActivityView> SpinOffAsync(AccessScope scope, int activityId, SpinOffInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(scope, activityId, input, input.Version, async (activity, db, token) =>
        {
            var on = input.On!.Value;
            activity.SpinOff(on, input.Siren);
            var grants = await db.RteGrants.Where(g => g.ActivityId == activity.Id && g.EndedOn == null).ToListAsync(token);
            foreach (var grant in grants.Where(g => g.StartsOn <= on && on <= g.EndsOn))
            {
                if (await db.RtePayments.AnyAsync(p => p.GrantId == grant.Id && p.Month > on, token))
                {
                    throw ValidationFailedException.For("on", "Des RTE de l'activité sont déjà versés après cette date : l'essaimage ne peut les précéder.");
                }
                grant.End(on, GrantEndReason.BusinessCreation);
            }
        }, cancellationToken);

    public Task<CteActivityView> FollowUpAsync(AccessScope scope, int activityId, FollowUpInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(scope, activityId, input, input.Version, (activity, _, _) =>
        {
            activity.FollowUp(input.Milestone, input.On!.Value, input.StillActive, input.Jobs, input.Note);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<PoolStatement> AddResourceAsync(AccessScope scope, int cteId, PoolResourceInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        var on = input.On!.Value;
        db.PoolResources.Add(new PoolResource
        {
            CteId = cteId,
            On = on,
            Kind = input.Kind,
            Source = input.Source.Trim(),
            Amount = input.Amount,
            RecordedAt = clock.UtcNow(),
            RecordedBy = scope.UserName,
        });
        await db.SaveChangesAsync(cancellationToken);
        return await CteQueries.PoolAsync(db, cteId, on.Year, cancellationToken);
    }

    /// <summary>The follow-ups of spun-off activities that fall due within a month and are not recorded, for the coordination's home page.</summary>
    public async Task<IReadOnlyList<(CteActivityView Activity, FollowUpView FollowUp)>> DueFollowUpsAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        var ids = scope.CoordinatedCteIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activities = await db.CteActivities.AsNoTracking().Where(a => ids.Contains(a.CteId) && a.SpunOffOn != null).ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, scope, activities, cancellationToken);
        return views.SelectMany(v => v.FollowUps.Where(f => f.Due && f.Recorded is null).Select(f => (v, f))).ToList();
    }

    private async Task<CteActivityView> ChangeAsync<TInput>(AccessScope scope, int activityId, TInput input, int? version,
        Func<CteActivity, AppDbContext, CancellationToken, Task> change, CancellationToken cancellationToken) where TInput : notnull
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var activity = await db.CteActivities.SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) ?? throw new NotFoundException(ActivityNotFound);
        await CteQueries.ManagedAsync(db, scope, activity.CteId, cancellationToken);
        db.ExpectVersion(activity, version ?? activity.Version);
        await change(activity, db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, scope, [activity], cancellationToken))[0];
    }

    private async Task<List<CteActivityView>> ViewsAsync(AppDbContext db, AccessScope scope, IReadOnlyCollection<CteActivity> activities, CancellationToken cancellationToken)
    {
        var holderIds = activities.Where(a => a.HolderId is not null).Select(a => a.HolderId!.Value).Distinct().ToList();
        var holders = await db.CteMembers.AsNoTracking().Where(m => holderIds.Contains(m.Id)).ToListAsync(cancellationToken);
        var names = await CteQueries.NamesAsync(db, holders, cancellationToken);
        var today = clock.Today();
        return activities.OrderBy(a => a.SpunOffOn is not null).ThenBy(a => a.Name, StringComparer.Create(French.Culture, true))
            .Select(a => new CteActivityView(a.Id, a.Name, a.HolderId,
                // Who carries an activity is the coordination's to know; others read the activity alone.
                a.HolderId is { } h && scope.ManagesCte(a.CteId) ? names.GetValueOrDefault(h) : null,
                a.StartedOn, a.SpunOffOn, a.Siren, a.Results.Where(r => r.Month.Year == today.Year).Sum(r => r.Result), a.Results,
                CteActivity.Milestones.Where(_ => a.SpunOffOn is not null)
                    .Select(m => new FollowUpView(m, a.DueOn(m)!.Value, a.DueOn(m)!.Value.AddMonths(-1) <= today, a.FollowUps.FirstOrDefault(f => f.Milestone == m))).ToList(),
                a.Version)).ToList();
    }
}
