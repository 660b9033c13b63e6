using DroitEmploi.Core.Common;

namespace DroitEmploi.Web.Features.People;

public sealed class PayloadTooLargeException(string message) : DomainException(message);
