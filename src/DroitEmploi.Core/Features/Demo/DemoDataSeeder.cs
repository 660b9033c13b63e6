using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>Fills an empty database with the territories, structures and accounts of the seed documents.</summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<AppDbContext> dbFactory, TerritoryService territories, OrganisationService organisations,
    UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Territories.AnyAsync(cancellationToken))
        {
            return false;
        }
        var system = AccessScope.System;
        var valenciennes = await territories.CreateAsync(system, DemoDirectory.Valenciennes(), cancellationToken);
        var lille = await territories.CreateAsync(system, DemoDirectory.Lille(), cancellationToken);

        var ids = new Dictionary<string, int>();
        foreach (var organisation in DemoDirectory.Organisations(valenciennes.Id, lille.Id))
        {
            var input = organisation.Input;
            input.CarrierId = organisation.CarrierKey is null ? null : ids[organisation.CarrierKey];
            input.PortageId = organisation.PortageKey is null ? null : ids[organisation.PortageKey];
            var created = await organisations.CreateAsync(system, input, cancellationToken);
            if (organisation.Key is not null)
            {
                ids[organisation.Key] = created.Id;
            }
        }

        db.Actor = system.UserName;
        var today = clock.Today();
        foreach (var options in new[]
        {
            new DemoPeopleGenerator.Options(valenciennes.Id, 300, new DateOnly(2022, 6, 1), new DateOnly(2023, 7, 1), [ids["barakajobs"]],
                ["Valenciennes"], "59300", Seed: 59606),
            new DemoPeopleGenerator.Options(lille.Id, 200, new DateOnly(2016, 12, 1), new DateOnly(2017, 3, 1), [ids["fabrique"], ids["pioche"]],
                ["Loos", "Tourcoing"], "59120", Seed: 59360),
        })
        {
            var (people, proposals) = DemoPeopleGenerator.Generate(options, today);
            db.People.AddRange(people);
            db.Proposals.AddRange(proposals);
        }
        await db.SaveChangesAsync(cancellationToken);
        await SeedEmploymentAsync(db, valenciennes.Id, lille.Id, ids, today, cancellationToken);

        var accounts = new (string Email, string Name, ScopedRole Role)[]
        {
            (DemoAccounts.ValenciennesTeam, "Équipe projet CLE Valenciennes", new(Role.CleTeam, valenciennes.Id, null)),
            (DemoAccounts.LilleTeam, "Équipe projet CLE Lille", new(Role.CleTeam, lille.Id, null)),
            (DemoAccounts.ValenciennesMember, "Membre du CLE de Valenciennes", new(Role.CleMember, valenciennes.Id, null)),
            (DemoAccounts.BarakajobsManagement, "Direction La Barakajobs", new(Role.EbeManagement, null, ids["barakajobs"])),
            (DemoAccounts.KpaCoordination, "Coordination KPA Services pour tous", new(Role.KpaCoordination, null, ids["kpa"])),
            (DemoAccounts.Funder, "Fonds d'expérimentation (démo)", new(Role.Funder, null, null)),
            (DemoAccounts.BarakajobsEmployee, "Salariée de La Barakajobs (démo)", new(Role.Employee, null, ids["barakajobs"])),
            (DemoAccounts.BarakajobsAccounting, "Comptabilité de La Barakajobs (démo)", new(Role.Accounting, null, ids["barakajobs"])),
            (DemoAccounts.ServicesPourTousCooperant, "Coopérant de Services pour tous (démo)", new(Role.Cooperant, null, ids["kpa"])),
            (DemoAccounts.OpteosPortage, "Portage Optéos (démo)", new(Role.Portage, null, ids["opteos"])),
            (DemoAccounts.CteCoordination, "Coordination de la CTE du Hainaut (démo)", new(Role.CteCoordination, null, ids["cte"])),
            (DemoAccounts.RteHolder, "Titulaire RTE de la CTE du Hainaut (démo)", new(Role.RteHolder, null, ids["cte"])),
        };
        foreach (var (email, name, role) in accounts)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                await AccountCreation.CreateAsync(users, db, email, name, DemoAccounts.Password, [role], cancellationToken);
            }
        }
        await LinkDemoEmployeeAsync(db, ids["barakajobs"], cancellationToken);
        db.ScheduleSlots.AddRange(DemoSlots(ids["barakajobs"], ["Friperie", "Ordinateurs reconditionnés", "Tonte et petits travaux", "Traiteur"]));
        db.ScheduleSlots.AddRange(DemoSlots(ids["fabrique"], ["Agriculture urbaine", "Services aux habitants", "Centre de ressources bois"]));
        await db.SaveChangesAsync(cancellationToken);
        await DemoActivities.SeedAsync(db, valenciennes.Id, lille.Id, ids, today, cancellationToken);
        await DemoCommerce.SeedAsync(db, ids["barakajobs"], today, cancellationToken);
        await DemoCooperatives.SeedAsync(db, valenciennes.Id, ids, today, cancellationToken);
        await DemoTransition.SeedAsync(db, valenciennes.Id, ids, today, cancellationToken);
        await DemoAgreements.SeedAsync(db, ids, today, cancellationToken);
        await DemoActivityAccounts.SeedAsync(db, ids, today, cancellationToken);
        return true;
    }

    private static async Task SeedEmploymentAsync(AppDbContext db, int valenciennes, int lille, Dictionary<string, int> ids, DateOnly today, CancellationToken cancellationToken)
    {
        var hires = await db.Proposals.Include(p => p.Person!).ThenInclude(p => p.Transitions)
            .Where(p => p.Outcome == ProposalOutcome.Hired).ToListAsync(cancellationToken);
        IEnumerable<DemoEmploymentGenerator.Hire> Of(int territory) =>
            hires.Where(h => h.TerritoryId == territory).OrderBy(h => h.Id).Select(h => new DemoEmploymentGenerator.Hire(h.Person!, h));
        db.EmploymentContracts.AddRange(DemoEmploymentGenerator.Generate(Of(valenciennes), ids["barakajobs"], valenciennes, new DateOnly(2023, 7, 1),
            ["Martine Descamps (encadrante, démo)", "Olivier Carlier (directeur, démo)"], today, seed: 1));
        db.EmploymentContracts.AddRange(DemoEmploymentGenerator.Generate(Of(lille), ids["fabrique"], lille, new DateOnly(2017, 3, 1),
            ["Sophie Lambert (encadrante, démo)", "Bruno Vandamme (directeur, démo)", "Céline Mercier (encadrante, démo)"], today, seed: 2));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Each activity by the day (7 h) and by the morning (4 h), Monday to Friday, and the shop on Saturday mornings.</summary>
    private static IEnumerable<Planning.ScheduleSlot> DemoSlots(int organisationId, string[] activities)
    {
        DayOfWeek[] week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        foreach (var activity in activities)
        {
            yield return new Planning.ScheduleSlot { OrganisationId = organisationId, Activity = activity, Name = $"{activity}, journée", Minutes = 420, StartsAt = new TimeOnly(9, 0), Days = [.. week], PeopleNeeded = 6 };
            yield return new Planning.ScheduleSlot { OrganisationId = organisationId, Activity = activity, Name = $"{activity}, matin", Minutes = 240, StartsAt = new TimeOnly(8, 30), Days = [.. week, DayOfWeek.Saturday], PeopleNeeded = 3 };
        }
    }

    /// <summary>The demo employee account sees the contract of one of La Barakajobs' employees.</summary>
    private static async Task LinkDemoEmployeeAsync(AppDbContext db, int barakajobs, CancellationToken cancellationToken)
    {
        var userId = await db.Users.Where(u => u.Email == DemoAccounts.BarakajobsEmployee).Select(u => u.Id).SingleAsync(cancellationToken);
        var contract = await db.EmploymentContracts
            .Where(c => c.OrganisationId == barakajobs && c.PersonId != null && c.ExitDate == null)
            .OrderBy(c => c.StartDate).FirstAsync(cancellationToken);
        contract.EmployeeUserId = userId;
        await db.SaveChangesAsync(cancellationToken);
    }
}
