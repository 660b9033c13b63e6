using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
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

        var accounts = new (string Email, string Name, ScopedRole Role)[]
        {
            (DemoAccounts.ValenciennesTeam, "Équipe projet CLE Valenciennes", new(Role.CleTeam, valenciennes.Id, null)),
            (DemoAccounts.LilleTeam, "Équipe projet CLE Lille", new(Role.CleTeam, lille.Id, null)),
            (DemoAccounts.ValenciennesMember, "Membre du CLE de Valenciennes", new(Role.CleMember, valenciennes.Id, null)),
            (DemoAccounts.BarakajobsManagement, "Direction La Barakajobs", new(Role.EbeManagement, null, ids["barakajobs"])),
            (DemoAccounts.KpaCoordination, "Coordination KPA Services pour tous", new(Role.KpaCoordination, null, ids["kpa"])),
            (DemoAccounts.Funder, "Fonds d'expérimentation (démo)", new(Role.Funder, null, null)),
        };
        foreach (var (email, name, role) in accounts)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                await AccountCreation.CreateAsync(users, db, email, name, DemoAccounts.Password, [role], cancellationToken);
            }
        }
        return true;
    }
}
