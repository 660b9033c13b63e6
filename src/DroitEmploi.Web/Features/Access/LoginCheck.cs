namespace DroitEmploi.Web.Features.Access;

public enum LoginCheck
{
    Accepted,
    Refused,
    Throttled,
}
