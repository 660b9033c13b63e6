using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>What an organisation needs before it invoices: its issuer profile, its clients and its catalogue.</summary>
public sealed class CommerceService(IDbContextFactory<AppDbContext> dbFactory, ReadJournal readJournal)
{
    private const string ClientNotFound = "Ce client n'existe pas ou ne vous est pas accessible.";
    private const int MaxPageSize = 200;

    public async Task<IssuerView?> IssuerAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var issuer = await db.Issuers.AsNoTracking().SingleOrDefaultAsync(i => i.OrganisationId == organisationId, cancellationToken);
        return issuer is null ? null : IssuerView.Of(issuer);
    }

    /// <summary>Creates or changes the organisation's issuer profile (the version read, when changing).</summary>
    public async Task<IssuerView> SaveIssuerAsync(AccessScope scope, int organisationId, IssuerInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var issuer = await db.Issuers.SingleOrDefaultAsync(i => i.OrganisationId == organisationId, cancellationToken);
        if (issuer is null)
        {
            issuer = Issuer.For(organisationId, input);
            db.Issuers.Add(issuer);
        }
        else
        {
            db.ExpectVersion(issuer, input.Version ?? throw ValidationFailedException.For("version", "Renvoyez la version lue de l'émetteur."));
            issuer.Revise(input);
        }
        await db.SaveChangesAsync(cancellationToken);
        return IssuerView.Of(issuer);
    }

    /// <summary>Sets (or, with null, removes) the logo of the organisation's issuer; the issuer must exist.</summary>
    public async Task<IssuerView> SetLogoAsync(AccessScope scope, int organisationId, byte[]? content, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var issuer = await db.Issuers.SingleOrDefaultAsync(i => i.OrganisationId == organisationId, cancellationToken)
            ?? throw new BusinessRuleException("Renseignez d'abord l'émetteur (raison sociale, SIREN, IBAN…), puis son logo.");
        issuer.SetLogo(content);
        await db.SaveChangesAsync(cancellationToken);
        return IssuerView.Of(issuer);
    }

    /// <summary>The issuer's logo and its content type, or null when it has none.</summary>
    public async Task<Common.Files.ExportedFile?> LogoAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var logo = await db.Issuers.AsNoTracking().Where(i => i.OrganisationId == organisationId && i.Logo != null)
            .Select(i => new { i.Logo, i.LogoContentType }).SingleOrDefaultAsync(cancellationToken);
        return logo is null ? null : new Common.Files.ExportedFile(logo.Logo!, logo.LogoContentType!, logo.LogoContentType == "image/png" ? "logo.png" : "logo.jpg");
    }

    public async Task<ClientPage> ClientsAsync(AccessScope scope, int organisationId, string? search, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSell(organisationId);
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(page < 1 ? "page" : "pageSize", $"La page commence à 1 ; une page a de 1 à {MaxPageSize} clients.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var query = db.Clients.AsNoTracking().Where(c => c.OrganisationId == organisationId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var key = Activities.TagKey.Of(search);
            var digits = Siren.Digits(search);
            query = query.Where(c => c.NameKey.Contains(key) || c.City.Contains(search.Trim()) || (digits.Length >= 3 && c.Siret != null && c.Siret.StartsWith(digits)));
        }
        var total = await query.CountAsync(cancellationToken);
        var clients = await query.OrderBy(c => c.NameKey).ThenBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ClientPage(clients.Select(ClientView.Of).ToList(), total, page, pageSize);
    }

    /// <summary>A client's record; an individual's read is journaled like a volunteer's.</summary>
    public async Task<ClientView> ClientAsync(AccessScope scope, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var client = await RequireClientAsync(db, scope, id, cancellationToken);
        if (client.Kind == ClientKind.Individual)
        {
            await readJournal.RecordAsync(scope, AuditActions.Read, nameof(Client), id, null, cancellationToken: cancellationToken);
        }
        return ClientView.Of(client);
    }

    public async Task<ClientView> AddClientAsync(AccessScope scope, int organisationId, ClientInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        var client = Client.For(organisationId, input);
        await EnsureNoDuplicateAsync(db, client, input.ConfirmHomonym, cancellationToken);
        db.Clients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return ClientView.Of(client);
    }

    public async Task<ClientView> ReviseClientAsync(AccessScope scope, int id, ClientInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var client = await RequireClientAsync(db, scope, id, cancellationToken);
        db.ExpectVersion(client, input.Version ?? throw ValidationFailedException.For("version", "Renvoyez la version lue du client."));
        client.Revise(input);
        await EnsureNoDuplicateAsync(db, client, input.ConfirmHomonym, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ClientView.Of(client);
    }

    /// <summary>
    /// The duplicate guard: the same SIRET twice is refused; the same name in the same postal code
    /// asks for a confirmation, for two people can share a name.
    /// </summary>
    private static async Task EnsureNoDuplicateAsync(AppDbContext db, Client client, bool confirmedHomonym, CancellationToken cancellationToken)
    {
        var others = db.Clients.Where(c => c.OrganisationId == client.OrganisationId && c.Id != client.Id);
        if (client.Siret is { } siret && await others.AnyAsync(c => c.Siret == siret, cancellationToken))
        {
            throw ValidationFailedException.For("siret", "Un client de cette structure a déjà ce SIRET.");
        }
        if (!confirmedHomonym && await others.AnyAsync(c => c.NameKey == client.NameKey && c.PostalCode == client.PostalCode, cancellationToken))
        {
            throw ValidationFailedException.For("name", "Un client de ce nom existe déjà dans ce code postal. Si c'est une autre personne, confirmez l'homonyme.");
        }
    }

    private static async Task<Client> RequireClientAsync(AppDbContext db, AccessScope scope, int id, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null || !scope.CanSell(client.OrganisationId))
        {
            throw new NotFoundException(ClientNotFound);
        }
        return client;
    }

    public async Task<IReadOnlyList<CatalogueItemView>> CatalogueAsync(AccessScope scope, int organisationId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        return await db.CatalogueItems.AsNoTracking().Where(c => c.OrganisationId == organisationId)
            .OrderBy(c => c.Archived).ThenBy(c => c.Name)
            .Select(c => new CatalogueItemView(c.Id, c.OrganisationId, c.ActivityId, db.Activities.Where(a => a.Id == c.ActivityId).Select(a => a.Name).FirstOrDefault(),
                c.Name, c.Unit, c.UnitPrice, c.VatCategory, c.Archived, c.Version, c.PriceBands))
            .ToListAsync(cancellationToken);
    }

    public async Task<CatalogueItemView> AddCatalogueItemAsync(AccessScope scope, int organisationId, CatalogueItemInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanSell(organisationId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await db.Organisations.RequireAsync(organisationId, cancellationToken);
        string? activityName = null;
        if (input.ActivityId is { } activityId)
        {
            activityName = await db.Activities.Where(a => a.Id == activityId && a.OrganisationId == organisationId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken)
                ?? throw ValidationFailedException.For("activityId", "Cette activité n'est pas une activité de la structure.");
        }
        var item = CatalogueItem.For(organisationId, input);
        db.CatalogueItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return new CatalogueItemView(item.Id, item.OrganisationId, item.ActivityId, activityName, item.Name, item.Unit, item.UnitPrice, item.VatCategory, item.Archived, item.Version, item.PriceBands);
    }
}
