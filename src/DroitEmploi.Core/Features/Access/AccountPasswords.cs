using DroitEmploi.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DroitEmploi.Core.Features.Access;

/// <summary>What a person does without being signed in: ask for a password link, and choose a password from one.</summary>
public sealed class AccountPasswords(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The purpose an invitation token is made for: a token of another kind never passes as one.</summary>
    public const string InvitationPurpose = "Invitation";

    public const string InvalidLink = "Ce lien n'est plus valable : il a déjà servi, il a expiré ou il est incomplet. Demandez-en un nouveau.";

    /// <summary>
    /// "Mot de passe oublié" : a link for the active account with this address, or null. Whoever asks is
    /// told the same either way, so the page says nothing of which addresses have accounts.
    /// </summary>
    public async Task<AccountLink?> RequestLinkAsync(string? email, CancellationToken cancellationToken = default)
    {
        var address = (email ?? "").Trim();
        if (address.Length is 0 or > 256 || InputLimits.HasControlCharacters(address))
        {
            return null;
        }
        await using var unit = await AccountUnit.OpenAsync(scopes, address, cancellationToken);
        var user = await unit.Users.FindByEmailAsync(address);
        if (user is null || !user.IsActive)
        {
            return null;
        }
        var link = await unit.CreateLinkAsync(user, user.PasswordHash is null ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset);
        AccountJournal.Add(unit.Db, clock.GetUtcNow().UtcDateTime, AccountActions.PasswordLinkCreated, user, [], null);
        await unit.Db.SaveChangesAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return link;
    }

    /// <summary>Sets the password from a link; every earlier session of the account ends. Returns the account's e-mail.</summary>
    public async Task<string> SetPasswordAsync(
        string? accountId, string? token, AccountLinkPurpose purpose, string? password, string? confirmation,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw ValidationFailedException.For("password", "Choisissez un mot de passe.");
        }
        if (password != confirmation)
        {
            throw ValidationFailedException.For("confirmation", "Les deux mots de passe saisis diffèrent.");
        }
        if (string.IsNullOrWhiteSpace(accountId) || string.IsNullOrWhiteSpace(token) || accountId.Length > 64 || token.Length > 4096
            || InputLimits.HasControlCharacters(accountId) || InputLimits.HasControlCharacters(token))
        {
            throw new BusinessRuleException(InvalidLink);
        }
        await using var unit = await AccountUnit.OpenAsync(scopes, "lien de mot de passe", cancellationToken);
        var user = await unit.Users.FindByIdAsync(accountId);
        if (user is null || !user.IsActive)
        {
            throw new BusinessRuleException(InvalidLink);
        }
        unit.Db.Actor = user.Email;
        IdentityResult result;
        if (purpose == AccountLinkPurpose.Invitation)
        {
            if (user.PasswordHash is not null || !await unit.Users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationPurpose, token))
            {
                throw new BusinessRuleException(InvalidLink);
            }
            result = await unit.Users.AddPasswordAsync(user, password);
            if (result.Succeeded)
            {
                user.EmailConfirmed = true;
                await unit.UpdateAsync(user);
            }
        }
        else
        {
            result = await unit.Users.ResetPasswordAsync(user, token, password);
        }
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                throw new BusinessRuleException(InvalidLink);
            }
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
        }
        await unit.Revocation.RevokeAsync(user, cancellationToken);
        AccountJournal.Add(unit.Db, clock.GetUtcNow().UtcDateTime, AccountActions.PasswordSet, user, [], null);
        await unit.Db.SaveChangesAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return user.Email ?? "";
    }
}
