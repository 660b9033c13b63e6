namespace DroitEmploi.Core.Common;

/// <summary>The request contradicts the current state (a duplicate, an order already taken…).</summary>
public class BusinessRuleException(string message) : DomainException(message);
