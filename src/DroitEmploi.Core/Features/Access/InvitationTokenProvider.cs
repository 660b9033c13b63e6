using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DroitEmploi.Core.Features.Access;

/// <summary>
/// Identity's protected tokens with their own lifespan: an invitation lasts longer than a password
/// reset. Like every such token it holds the account's security stamp, so setting the password spends it.
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtection, options, logger)
{
    public const string ProviderName = "Invitation";
}
