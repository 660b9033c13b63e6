using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>Reading a KPA or a cooperant with the access rules applied, and cooperants' names wherever they are kept.</summary>
internal static class KpaQueries
{
    public sealed record KpaContext(Kpa Kpa, Organisation Organisation, OrganisationAccess Access);

    public const string NoCooperantRecord = "Votre compte n'est lié à aucune fiche de coopérant·e : demandez-le à la coordination de votre KPA.";

    /// <summary>The id of the cooperant's record linked to the signed-in account.</summary>
    public static async Task<int> MyCooperantIdAsync(AppDbContext db, AccessScope scope, CancellationToken cancellationToken) =>
        await db.Cooperants.Where(c => c.AccountId == scope.UserId).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(NoCooperantRecord);

    public static async Task<(Cooperant Cooperant, KpaContext Context)> CooperantAsync(AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = db.Cooperants.Include(c => c.Steps).AsQueryable();
        var cooperant = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException(AccessScope.CooperantNotFound);
        var kpa = await db.Kpas.AsNoTracking().SingleAsync(k => k.OrganisationId == cooperant.KpaId, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Territories).SingleAsync(o => o.Id == cooperant.KpaId, cancellationToken);
        scope.EnsureCanReadCooperant(cooperant.KpaId, organisation.PortageId, cooperant.AccountId);
        return (cooperant, new KpaContext(kpa, organisation, OrganisationAccess.Of(organisation)));
    }

    public static async Task<KpaContext> ReadableAsync(AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var kpa = await (tracked ? db.Kpas : db.Kpas.AsNoTracking()).SingleOrDefaultAsync(k => k.OrganisationId == id, cancellationToken)
            ?? throw new NotFoundException(AccessScope.KpaNotFound);
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Territories).SingleAsync(o => o.Id == id, cancellationToken);
        var context = new KpaContext(kpa, organisation, OrganisationAccess.Of(organisation));
        scope.EnsureCanReadKpa(context.Access, organisation.PortageId);
        return context;
    }

    public sealed record CooperantName(string First, string Last, DateOnly? BirthDate)
    {
        public string Full => $"{First} {Last}";
    }

    /// <summary>Names as the registry holds them for a linked volunteer, or as recorded for a newcomer.</summary>
    public static async Task<Dictionary<int, CooperantName>> NamesAsync(AppDbContext db, IReadOnlyCollection<Cooperant> cooperants, CancellationToken cancellationToken)
    {
        var personIds = cooperants.Where(c => c.PersonId is not null).Select(c => c.PersonId!.Value).ToList();
        var people = await db.People.AsNoTracking().IgnoreQueryFilters().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new CooperantName(p.FirstName, p.LastName, p.BirthDate), cancellationToken);
        return cooperants.ToDictionary(c => c.Id, c => c.PersonId is { } personId && people.TryGetValue(personId, out var person)
            ? person
            : new CooperantName(c.FirstName ?? "", c.LastName ?? "", c.BirthDate));
    }
}
