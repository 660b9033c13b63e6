using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DroitEmploi.Core.Features.Access;

/// <summary>
/// One account change: a service scope of its own (so a page's long-lived circuit never holds a stale
/// user manager), the context Identity's store writes through, and one transaction for the account,
/// its roles and its journal entries.
/// </summary>
internal sealed class AccountUnit : IAsyncDisposable
{
    private readonly AsyncServiceScope _services;
    private IDbContextTransaction? _transaction;

    private AccountUnit(AsyncServiceScope services, string actor)
    {
        _services = services;
        Db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        Db.Actor = actor;
        Users = services.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Revocation = services.ServiceProvider.GetRequiredService<AccountRevocation>();
    }

    public IServiceProvider Services => _services.ServiceProvider;
    public AppDbContext Db { get; }
    public UserManager<AppUser> Users { get; }
    public AccountRevocation Revocation { get; }

    public static Task<AccountUnit> OpenAsync(IServiceScopeFactory scopes, AccessScope scope, CancellationToken cancellationToken) =>
        OpenAsync(scopes, scope.UserName, cancellationToken);

    public static async Task<AccountUnit> OpenAsync(IServiceScopeFactory scopes, string actor, CancellationToken cancellationToken)
    {
        var unit = new AccountUnit(scopes.CreateAsyncScope(), actor);
        unit._transaction = await unit.Db.Database.BeginTransactionAsync(cancellationToken);
        return unit;
    }

    /// <summary>Saves the account through Identity, whose concurrency stamp refuses an update over someone else's.</summary>
    public async Task UpdateAsync(AppUser user)
    {
        var result = await Users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                throw AppDbContext.Conflict();
            }
            throw new BusinessRuleException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>A single-use link for the account: an invitation (its own, longer lifespan) or a password reset.</summary>
    public async Task<AccountLink> CreateLinkAsync(AppUser user, AccountLinkPurpose purpose)
    {
        var (token, lifespan) = purpose == AccountLinkPurpose.Invitation
            ? (await Users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, AccountPasswords.InvitationPurpose),
                Services.GetRequiredService<IOptions<InvitationTokenProviderOptions>>().Value.TokenLifespan)
            : (await Users.GeneratePasswordResetTokenAsync(user),
                Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
        var clock = Services.GetRequiredService<TimeProvider>();
        return new AccountLink(user.Id, user.Email ?? "", purpose, token, clock.GetUtcNow() + lifespan);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction!.CommitAsync(cancellationToken);
        _transaction = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
        await _services.DisposeAsync();
    }
}
