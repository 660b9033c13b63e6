namespace DroitEmploi.Core.Common;

public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("Certaines valeurs sont invalides : " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
