namespace DroitEmploi.Core.Common;

public sealed class NotFoundException(string message) : DomainException(message);
