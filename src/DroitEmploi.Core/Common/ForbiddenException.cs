namespace DroitEmploi.Core.Common;

public sealed class ForbiddenException(string message) : DomainException(message);
