using DroitEmploi.Core.Common;

namespace DroitEmploi.Web.Features.Access;

public sealed class UnauthenticatedException() : DomainException("Connectez-vous pour accéder à cette page.");
