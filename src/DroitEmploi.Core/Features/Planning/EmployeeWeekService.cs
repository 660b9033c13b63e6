using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Employment;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>A person's published weeks and, for an employee on her phone, her own days off and wishes.</summary>
public sealed class EmployeeWeekService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>A person's published week: employees read their own, the EBE's management and the CLE team anyone's.</summary>
    public async Task<PersonWeek> PersonWeekAsync(AccessScope scope, int personId, string week, CancellationToken cancellationToken = default)
    {
        var monday = IsoWeeks.Monday(week);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contracts = await db.EmploymentContracts.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync(cancellationToken);
        var organisationIds = contracts.Select(c => c.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Territories)
            .Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var readable = contracts.Where(c => c.EmployeeUserId == scope.UserId || scope.CanSeeOrganisationStaff(OrganisationAccess.Of(organisations[c.OrganisationId]))).ToList();
        if (readable.Count == 0)
        {
            throw new NotFoundException("Cette personne n'existe pas ou ne vous est pas accessible.");
        }
        return await WeekOfAsync(db, readable, monday, cancellationToken);
    }

    public async Task<PersonWeek> MyWeekAsync(AccessScope scope, string week, CancellationToken cancellationToken = default)
    {
        var monday = IsoWeeks.Monday(week);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contracts = await db.EmploymentContracts.AsNoTracking().Where(c => c.EmployeeUserId == scope.UserId).ToListAsync(cancellationToken);
        return await WeekOfAsync(db, contracts, monday, cancellationToken);
    }

    public async Task<MyAvailability> MyAvailabilityAsync(AccessScope scope, string week, CancellationToken cancellationToken = default)
    {
        var monday = IsoWeeks.Monday(week);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await CurrentContractAsync(db, scope, monday, cancellationToken);
        var entries = await db.Availability.AsNoTracking().Where(a => a.ContractId == contract.Id && a.Date >= monday && a.Date <= monday.AddDays(6))
            .ToListAsync(cancellationToken);
        var slots = await db.ScheduleSlots.AsNoTracking().Where(s => s.OrganisationId == contract.OrganisationId && s.Active).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var days = Enumerable.Range(0, 7).Select(d => monday.AddDays(d)).Select(date =>
            entries.FirstOrDefault(e => e.Date == date) is { } entry ? new AvailabilityDay(date, entry.Unavailable, entry.WishedSlotId) : new AvailabilityDay(date, false, null)).ToList();
        return new MyAvailability(contract.Id, IsoWeeks.Name(monday), monday, days, slots.Select(SlotView.Of).ToList());
    }

    /// <summary>The employee's own days off and wishes for a week, entered on a phone.</summary>
    public async Task<MyAvailability> SetMyAvailabilityAsync(AccessScope scope, AvailabilityInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var monday = IsoWeeks.Monday(input.Week);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var contract = await CurrentContractAsync(db, scope, monday, cancellationToken);
        if (input.Days.Any(d => d.Date < monday || d.Date > monday.AddDays(6)))
        {
            throw ValidationFailedException.For("days", "Un jour n'est pas dans la semaine choisie.");
        }
        var slotIds = await db.ScheduleSlots.Where(s => s.OrganisationId == contract.OrganisationId).Select(s => s.Id).ToListAsync(cancellationToken);
        if (input.Days.Any(d => d.WishedSlotId is { } slot && !slotIds.Contains(slot)))
        {
            throw ValidationFailedException.For("days", "Cette activité n'existe pas dans votre EBE.");
        }
        var existing = await db.Availability.Where(a => a.ContractId == contract.Id && a.Date >= monday && a.Date <= monday.AddDays(6)).ToListAsync(cancellationToken);
        var wanted = Enumerable.Range(0, 7).Select(d => monday.AddDays(d)).Select(date =>
            input.Days.FirstOrDefault(d => d.Date == date) is { } day ? day with { WishedSlotId = day.Unavailable ? null : day.WishedSlotId } : new AvailabilityDay(date, false, null)).ToList();
        var today = clock.Today();
        if (wanted.Any(day => day.Date < today && !SameAs(day, existing.FirstOrDefault(e => e.Date == day.Date))))
        {
            throw ValidationFailedException.For("days", "Les jours passés ne se changent plus : seules les disponibilités des jours à venir se déclarent.");
        }
        // A day off over a shift already published: the employee confirms, and the management is told.
        var published = await db.Schedules.Include(s => s.Assignments).Include(s => s.Changes)
            .SingleOrDefaultAsync(s => s.OrganisationId == contract.OrganisationId && s.WeekStart == monday && s.Status == ScheduleStatus.Published, cancellationToken);
        var conflicts = published is null ? [] : wanted
            .Where(day => day.Unavailable && existing.FirstOrDefault(e => e.Date == day.Date)?.Unavailable != true)
            .SelectMany(day => published.Assignments.Where(a => a.ContractId == contract.Id && a.Date == day.Date))
            .ToList();
        if (conflicts.Count > 0)
        {
            var slotNames = await db.ScheduleSlots.Where(s => s.OrganisationId == contract.OrganisationId).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            if (!input.ConfirmConflicts)
            {
                throw new PublishedShiftConflictException(conflicts.Select(c => new PublishedShift(c.Date, slotNames.GetValueOrDefault(c.SlotId, "?"))).ToList());
            }
            foreach (var conflict in conflicts)
            {
                published!.RecordUnavailability(contract.Id, conflict.Date, slotNames.GetValueOrDefault(conflict.SlotId, "?"), scope.UserName, clock.UtcNow());
            }
        }
        db.Availability.RemoveRange(existing);
        db.Availability.AddRange(wanted.Where(d => d.Unavailable || d.WishedSlotId is not null)
            .Select(d => new AvailabilityEntry { ContractId = contract.Id, Date = d.Date, Unavailable = d.Unavailable, WishedSlotId = d.WishedSlotId }));
        await db.SaveChangesAsync(cancellationToken);
        return await MyAvailabilityAsync(scope, input.Week, cancellationToken);
    }

    private static bool SameAs(AvailabilityDay day, AvailabilityEntry? entry) =>
        entry is null ? !day.Unavailable && day.WishedSlotId is null : entry.Unavailable == day.Unavailable && entry.WishedSlotId == day.WishedSlotId;

    private static async Task<EmploymentContract> CurrentContractAsync(AppDbContext db, AccessScope scope, DateOnly monday, CancellationToken cancellationToken) =>
        await db.EmploymentContracts.Where(c => c.EmployeeUserId == scope.UserId && c.StartDate <= monday.AddDays(6) && (c.ExitDate == null || c.ExitDate >= monday))
            .OrderByDescending(c => c.StartDate).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Aucun contrat n'est relié à votre compte pour cette semaine.");

    private static async Task<PersonWeek> WeekOfAsync(AppDbContext db, List<EmploymentContract> contracts, DateOnly monday, CancellationToken cancellationToken)
    {
        var ids = contracts.Select(c => c.Id).ToList();
        var organisations = contracts.Select(c => c.OrganisationId).Distinct().ToList();
        var published = await db.Schedules.AsNoTracking().Include(s => s.Assignments).Include(s => s.Changes)
            .Where(s => organisations.Contains(s.OrganisationId) && s.WeekStart == monday && s.Status == ScheduleStatus.Published).ToListAsync(cancellationToken);
        var slotIds = published.SelectMany(s => s.Assignments).Select(a => a.SlotId).Distinct().ToList();
        var slots = await db.ScheduleSlots.AsNoTracking().Where(s => slotIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var shifts = published.SelectMany(s => s.Assignments).Where(a => ids.Contains(a.ContractId)).OrderBy(a => a.Date)
            .Select(a => new PersonShift(a.Date, slots[a.SlotId].Activity, slots[a.SlotId].Name, slots[a.SlotId].Minutes, slots[a.SlotId].StartsAt)).ToList();
        var changes = published.SelectMany(s => s.Changes).Where(c => ids.Contains(c.ContractId)).OrderByDescending(c => c.At)
            .Select(c => new ChangeView(c.ContractId, c.Date, c.At, c.By, c.Description, c.Kind)).ToList();
        return new PersonWeek(contracts.FirstOrDefault()?.Id, IsoWeeks.Name(monday), monday, published.Count > 0, shifts, changes);
    }
}
