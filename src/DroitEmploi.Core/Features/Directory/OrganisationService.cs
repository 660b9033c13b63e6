using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Directory;

/// <summary>The ESS directory: who works where, doing what, with whom to get in touch.</summary>
public sealed class OrganisationService(IDbContextFactory<AppDbContext> dbFactory)
{
    private const string NotFound = "Cette structure n'existe pas ou ne vous est pas accessible.";

    public async Task<PagedResult<OrganisationSummary>> SearchAsync(
        AccessScope scope, OrganisationQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisations = Visible(db, scope);
        foreach (var term in SearchText.Terms(query.Search))
        {
            organisations = organisations.Where(o => o.SearchText.Contains(term));
        }
        if (query.Kind is { } kind)
        {
            organisations = organisations.Where(o => o.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Activity))
        {
            var activity = query.Activity.Trim();
            organisations = organisations.Where(o => o.ActivityTags.Contains(activity));
        }
        if (query.TerritoryId is { } territoryId)
        {
            organisations = organisations.Where(o => o.Territories.Any(t => t.TerritoryId == territoryId));
        }
        organisations = (query.Sort, query.Descending) switch
        {
            (OrganisationSort.Kind, false) => organisations.OrderBy(o => o.Kind).ThenBy(o => o.Name),
            (OrganisationSort.Kind, true) => organisations.OrderByDescending(o => o.Kind).ThenBy(o => o.Name),
            (OrganisationSort.City, false) => organisations.OrderBy(o => o.City == null).ThenBy(o => o.City).ThenBy(o => o.Name),
            (OrganisationSort.City, true) => organisations.OrderBy(o => o.City == null).ThenByDescending(o => o.City).ThenBy(o => o.Name),
            (_, true) => organisations.OrderByDescending(o => o.Name).ThenBy(o => o.Id),
            _ => organisations.OrderBy(o => o.Name).ThenBy(o => o.Id),
        };
        return await organisations
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind, o.City, o.ActivityTags,
                o.Territories.OrderBy(t => t.Territory!.Name).Select(t => t.Territory!.Name).ToList()))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    /// <summary>The activity tags in use, to offer as a filter.</summary>
    public async Task<IReadOnlyList<string>> ActivityTagsAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tags = await Visible(db, scope).Select(o => o.ActivityTags).ToListAsync(cancellationToken);
        return tags.SelectMany(t => t).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Create(French.Culture, true)).ToList();
    }

    /// <summary>Names and ids of the organisations this user can see, to choose a carrier or a partner.</summary>
    public async Task<IReadOnlyList<OrganisationRef>> ChoicesAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Visible(db, scope).OrderBy(o => o.Name).Select(o => new OrganisationRef(o.Id, o.Name)).ToListAsync(cancellationToken);
    }

    public async Task<OrganisationDetails> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await Load(Visible(db, scope), id, cancellationToken);
        return Details(organisation, scope);
    }

    public async Task<OrganisationDetails> CreateAsync(AccessScope scope, OrganisationInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        if (!scope.IsAdministrator && !input.Territories.Any(t => scope.CanManageTerritory(t.TerritoryId)))
        {
            throw new ForbiddenException("Rattachez la structure à un territoire dont vous êtes l'équipe projet.");
        }
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = new Organisation();
        await ApplyAsync(db, scope, input, organisation, cancellationToken);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(scope, organisation.Id, cancellationToken);
    }

    public async Task<OrganisationDetails> UpdateAsync(AccessScope scope, int id, OrganisationInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await Load(Visible(db, scope).AsTracking(), id, cancellationToken);
        if (!CanEdit(organisation, scope))
        {
            throw new ForbiddenException("Vous ne pouvez pas modifier cette structure.");
        }
        db.ExpectVersion(organisation, input.Version);
        await ApplyAsync(db, scope, input, organisation, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(scope, id, cancellationToken);
    }

    private static IQueryable<Organisation> Visible(AppDbContext db, AccessScope scope)
    {
        var query = db.Organisations.AsNoTracking();
        if (scope.ReadableTerritoryIds is { } readable)
        {
            var territories = readable.ToList();
            var own = scope.OrganisationIds.ToList();
            query = query.Where(o => own.Contains(o.Id) || o.Territories.Any(t => territories.Contains(t.TerritoryId)));
        }
        return query;
    }

    private static async Task<Organisation> Load(IQueryable<Organisation> query, int id, CancellationToken cancellationToken) =>
        await query.Include(o => o.Territories).ThenInclude(t => t.Territory)
            .Include(o => o.Carrier).Include(o => o.Portage)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException(NotFound);

    private static bool CanEdit(Organisation organisation, AccessScope scope) =>
        scope.ManagesOrganisation(organisation.Id) || organisation.Territories.Any(t => scope.CanManageTerritory(t.TerritoryId));

    private static async Task ApplyAsync(AppDbContext db, AccessScope scope, OrganisationInput input, Organisation organisation, CancellationToken cancellationToken)
    {
        await EnsureReferencesExistAsync(db, scope, input, organisation.Id, cancellationToken);
        organisation.Name = input.Name.Trim();
        organisation.Kind = input.Kind;
        organisation.LegalForm = TextInput.Optional(input.LegalForm);
        organisation.Siret = TextInput.Optional(input.Siret);
        organisation.NafCode = TextInput.Optional(input.NafCode)?.ToUpperInvariant();
        organisation.ActivityTags = TextInput.DistinctList(input.ActivityTags);
        organisation.Divisions = TextInput.DistinctList(input.Divisions);
        organisation.Description = TextInput.Optional(input.Description);
        organisation.OpenedOn = input.OpenedOn;
        organisation.Street = TextInput.Optional(input.Street);
        organisation.PostalCode = TextInput.Optional(input.PostalCode);
        organisation.City = TextInput.Optional(input.City);
        organisation.Website = TextInput.Optional(input.Website);
        organisation.Email = TextInput.Optional(input.Email);
        organisation.Phone = TextInput.Optional(input.Phone);
        organisation.Contacts = input.Contacts.Select(c => new OrganisationContact
        {
            Name = c.Name.Trim(),
            Function = TextInput.Optional(c.Function),
            Email = TextInput.Optional(c.Email),
            Phone = TextInput.Optional(c.Phone),
        }).ToList();
        organisation.CarrierId = input.CarrierId;
        organisation.PortageId = input.PortageId;
        ApplyTerritoryLinks(scope, input, organisation);
        organisation.SearchText = SearchText.Join([organisation.Name, organisation.City, organisation.LegalForm, organisation.NafCode,
            organisation.Kind.French(), .. organisation.ActivityTags, .. organisation.Divisions, organisation.Description]);
    }

    /// <summary>
    /// A CLE team changes the links to its own territories only; links to others stay as they were,
    /// so that one territory cannot detach a structure from another.
    /// </summary>
    private static void ApplyTerritoryLinks(AccessScope scope, OrganisationInput input, Organisation organisation)
    {
        var wanted = input.Territories.GroupBy(t => t.TerritoryId).Select(g => g.Last()).ToList();
        foreach (var link in wanted.Where(t => !scope.CanManageTerritory(t.TerritoryId)))
        {
            var existing = organisation.Territories.SingleOrDefault(t => t.TerritoryId == link.TerritoryId);
            if (existing is null || existing.Role != link.Role)
            {
                throw new ForbiddenException("Vous ne pouvez rattacher une structure qu'aux territoires dont vous êtes l'équipe projet.");
            }
        }
        organisation.Territories.RemoveAll(t => scope.CanManageTerritory(t.TerritoryId) && wanted.All(w => w.TerritoryId != t.TerritoryId));
        foreach (var link in wanted)
        {
            var existing = organisation.Territories.SingleOrDefault(t => t.TerritoryId == link.TerritoryId);
            if (existing is null)
            {
                organisation.Territories.Add(new OrganisationTerritory { TerritoryId = link.TerritoryId, Role = link.Role });
            }
            else
            {
                existing.Role = link.Role;
            }
        }
    }

    private static async Task EnsureReferencesExistAsync(AppDbContext db, AccessScope scope, OrganisationInput input, int selfId, CancellationToken cancellationToken)
    {
        var territoryIds = input.Territories.Select(t => t.TerritoryId).Distinct().ToList();
        var known = await db.Territories.Where(t => territoryIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        if (territoryIds.Except(known).Any())
        {
            throw ValidationFailedException.For("territories", "Un des territoires choisis n'existe pas.");
        }
        foreach (var (field, id) in new[] { ("carrierId", input.CarrierId), ("portageId", input.PortageId) })
        {
            if (id is null)
            {
                continue;
            }
            if (id == selfId)
            {
                throw ValidationFailedException.For(field, "Une structure ne peut pas se porter elle-même.");
            }
            if (!await Visible(db, scope).AnyAsync(o => o.Id == id, cancellationToken))
            {
                throw ValidationFailedException.For(field, "La structure choisie n'existe pas.");
            }
        }
    }

    private static OrganisationDetails Details(Organisation o, AccessScope scope) => new(
        o.Id, o.Name, o.Kind, o.LegalForm, o.Siret, o.NafCode, o.ActivityTags, o.Divisions, o.Description, o.OpenedOn,
        o.Street, o.PostalCode, o.City, o.Website, o.Email, o.Phone,
        o.Contacts.Select(c => new ContactView(c.Name, c.Function, c.Email, c.Phone)).ToList(),
        o.Carrier is null ? null : new OrganisationRef(o.Carrier.Id, o.Carrier.Name),
        o.Portage is null ? null : new OrganisationRef(o.Portage.Id, o.Portage.Name),
        o.Territories.OrderBy(t => t.Territory?.Name).Select(t => new TerritoryLinkView(t.TerritoryId, t.Territory?.Name ?? "", t.Role)).ToList(),
        o.Version, CanEdit(o, scope), o.UpdatedAt, o.UpdatedBy,
        scope.CanReadOrganisationFigures(OrganisationAccess.Of(o)), scope.CanSeeOrganisationStaff(OrganisationAccess.Of(o)));
}
