namespace DroitEmploi.Core.Common;

/// <summary>A failure the user can understand and act on; its message is French and shown as is.</summary>
public abstract class DomainException(string message) : Exception(message)
{
    /// <summary>Facts a program can act on, added to the API problem (e.g. the ids of the duplicates found).</summary>
    public virtual IReadOnlyDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();
}

public sealed class NotFoundException(string message) : DomainException(message);

public sealed class ForbiddenException(string message) : DomainException(message);

/// <summary>Someone else saved the record since it was read: nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException(string message) : DomainException(message);

/// <summary>The request contradicts the current state (a duplicate, an order already taken…).</summary>
public class BusinessRuleException(string message) : DomainException(message);

public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("Certaines valeurs sont invalides : " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
