using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>How every service reads one person: with her access checked the same way.</summary>
public static class PersonQueries
{
    public const string NotFound = "Cette personne n'existe pas ou ne vous est pas accessible.";

    /// <summary>A person's record with her decisions and path, for someone who may see who she is; 404 for anyone else.</summary>
    public static async Task<Person> RequireAsync(AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.EligibilityDecisions).Include(p => p.Transitions)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(NotFound);
        if (!scope.CanReadTerritory(person.TerritoryId))
        {
            throw new NotFoundException(NotFound);
        }
        scope.EnsureCanSeeIdentities(person.TerritoryId);
        return person;
    }
}
