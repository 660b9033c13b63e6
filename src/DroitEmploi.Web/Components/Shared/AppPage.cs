using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace DroitEmploi.Web.Components.Shared;

/// <summary>
/// A page of the application: it knows the user's scope and turns domain failures into the French
/// messages shown by <see cref="PageMessages"/>, so that no page ever shows a stack trace.
/// </summary>
public abstract class AppPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ScopeResolver Scopes { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private Features.Audit.RefusedAccessJournal Refusals { get; set; } = default!;

    protected string? ErrorMessage { get; set; }
    protected bool IsConflict { get; set; }
    protected bool IsNotFound { get; set; }
    protected FieldErrors Errors { get; } = new();

    protected async Task<AccessScope> ScopeAsync()
    {
        if (AuthenticationState is null)
        {
            throw new UnauthenticatedException();
        }
        return await Scopes.ResolveAsync((await AuthenticationState).User);
    }

    /// <summary>Runs an action; a domain failure becomes a message, and false is returned.</summary>
    protected async Task<bool> TryAsync(Func<Task> action)
    {
        ErrorMessage = null;
        IsConflict = false;
        Errors.Clear();
        try
        {
            await action();
            return true;
        }
        catch (ValidationFailedException validation)
        {
            Errors.Set(validation.Errors);
            ErrorMessage = "Le formulaire contient des erreurs : " + string.Join(" ", validation.Errors.SelectMany(e => e.Value));
        }
        catch (NotFoundException notFound)
        {
            IsNotFound = true;
            ErrorMessage = notFound.Message;
            await JournalRefusalAsync(notFound);
        }
        catch (ForbiddenException forbidden)
        {
            ErrorMessage = forbidden.Message;
            await JournalRefusalAsync(forbidden);
        }
        catch (ConcurrencyConflictException conflict)
        {
            IsConflict = true;
            ErrorMessage = conflict.Message;
        }
        catch (DomainException domain)
        {
            ErrorMessage = domain.Message;
        }
        return false;
    }

    private async Task JournalRefusalAsync(DomainException refusal)
    {
        if (AuthenticationState is not null)
        {
            await Refusals.RecordAsync((await AuthenticationState).User, "PAGE", Navigation.ToBaseRelativePath(Navigation.Uri), refusal);
        }
    }
}
