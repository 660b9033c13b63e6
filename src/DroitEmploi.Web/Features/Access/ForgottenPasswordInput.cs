namespace DroitEmploi.Web.Features.Access;

public sealed class ForgottenPasswordInput
{
    public string? Email { get; set; }
}
