using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Territories;

public sealed class TerritoryService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PagedResult<TerritorySummary>> ListAsync(
        AccessScope scope, string? search = null, TerritorySort sort = TerritorySort.Name, bool descending = false,
        int? page = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Territories.AsNoTracking();
        if (scope.ReadableTerritoryIds is { } readable)
        {
            var ids = readable.ToList();
            query = query.Where(t => ids.Contains(t.Id));
        }
        foreach (var term in SearchText.Terms(search))
        {
            query = query.Where(t => t.SearchText.Contains(term));
        }
        query = (sort, descending) switch
        {
            // Unknown values last in both directions, the same on SQLite (nulls first) and PostgreSQL (nulls last).
            (TerritorySort.HabilitationDate, false) => query.OrderBy(t => t.HabilitationDate == null).ThenBy(t => t.HabilitationDate).ThenBy(t => t.Name),
            (TerritorySort.HabilitationDate, true) => query.OrderBy(t => t.HabilitationDate == null).ThenByDescending(t => t.HabilitationDate).ThenBy(t => t.Name),
            (TerritorySort.Population, false) => query.OrderBy(t => t.Population == null).ThenBy(t => t.Population).ThenBy(t => t.Name),
            (TerritorySort.Population, true) => query.OrderBy(t => t.Population == null).ThenByDescending(t => t.Population).ThenBy(t => t.Name),
            (_, true) => query.OrderByDescending(t => t.Name),
            _ => query.OrderBy(t => t.Name),
        };
        var result = await query.ToPageAsync(page, pageSize, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new PagedResult<TerritorySummary>(result.Items.Select(t => Summarise(t, today)).ToList(), result.Total, result.Page, result.PageSize);
    }

    public async Task<TerritoryDetails> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadTerritory(id);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var territory = await db.Territories.RequireAsync(id, cancellationToken);
        return Details(territory, scope);
    }

    public async Task<TerritoryDetails> CreateAsync(AccessScope scope, TerritoryInput input, CancellationToken cancellationToken = default)
    {
        if (!scope.CanCreateTerritory)
        {
            throw new ForbiddenException("Seul·e un·e administrateur·rice peut créer un territoire.");
        }
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await EnsureNameIsFreeAsync(db, input.Name, exceptId: null, cancellationToken);
        var territory = new Territory();
        Apply(input, territory);
        db.Territories.Add(territory);
        await db.SaveChangesAsync(cancellationToken);
        return Details(territory, scope);
    }

    public async Task<TerritoryDetails> UpdateAsync(AccessScope scope, int id, TerritoryInput input, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanManageTerritory(id);
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var territory = await db.Territories.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException(TerritoryQueries.NotFound);
        db.ExpectVersion(territory, input.Version);
        await EnsureNameIsFreeAsync(db, input.Name, exceptId: id, cancellationToken);
        Apply(input, territory);
        await db.SaveChangesAsync(cancellationToken);
        return Details(territory, scope);
    }

    private static async Task EnsureNameIsFreeAsync(AppDbContext db, string name, int? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (await db.Territories.AnyAsync(t => t.Name == trimmed && t.Id != exceptId, cancellationToken))
        {
            throw ValidationFailedException.For("name", $"Un territoire s'appelle déjà « {trimmed} ».");
        }
    }

    private static void Apply(TerritoryInput input, Territory territory)
    {
        territory.Name = input.Name.Trim();
        territory.Department = TextInput.Optional(input.Department);
        territory.HabilitationDate = input.HabilitationDate;
        territory.Population = input.Population;
        territory.Description = TextInput.Optional(input.Description);
        territory.Perimeter = input.Perimeter.Select(a => new PerimeterArea
        {
            Kind = a.Kind,
            Name = a.Name.Trim(),
            InseeCode = TextInput.Optional(a.InseeCode),
            Commune = TextInput.Optional(a.Commune),
        }).ToList();
        territory.Ambitions = input.Ambitions.OrderBy(a => a.TargetDate).Select(a => new Ambition
        {
            TargetDate = a.TargetDate!.Value,
            JobsInEmploymentCompanies = a.JobsInEmploymentCompanies,
            JobsInLocalCompanies = a.JobsInLocalCompanies,
            Note = TextInput.Optional(a.Note),
        }).ToList();
        territory.Phases = input.Phases.OrderBy(p => p.Date).Select(p => new TerritoryPhase
        {
            Kind = p.Kind,
            Date = p.Date!.Value,
            Label = p.Label.Trim(),
        }).ToList();
        territory.SearchText = SearchText.Join([territory.Name, territory.Department, .. territory.Perimeter.Select(a => a.Name), .. territory.Perimeter.Select(a => a.Commune)]);
    }

    private static TerritorySummary Summarise(Territory t, DateOnly today) => new(
        t.Id, t.Name, t.Department, t.HabilitationDate, t.Population,
        t.Perimeter.Count(a => a.Kind == AreaKind.Commune), t.Perimeter.Count(a => a.Kind == AreaKind.Quartier),
        t.AmbitionOn(today) is { } ambition ? ToView(ambition) : null);

    private static AmbitionView ToView(Ambition a) => new(a.TargetDate, a.JobsInEmploymentCompanies, a.JobsInLocalCompanies, a.Note);

    private static TerritoryDetails Details(Territory t, AccessScope scope) => new(
        t.Id, t.Name, t.Department, t.HabilitationDate, t.Population, t.Description,
        t.Perimeter.Select(a => new PerimeterAreaView(a.Kind, a.Name, a.InseeCode, a.Commune)).ToList(),
        t.Ambitions.Select(ToView).ToList(),
        t.Phases.Select(p => new PhaseView(p.Kind, p.Date, p.Label)).ToList(),
        t.Version, scope.CanManageTerritory(t.Id), t.UpdatedAt, t.UpdatedBy);
}
