namespace DroitEmploi.Core.Common;

/// <summary>Someone else saved the record since it was read: nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException(string message) : DomainException(message);
