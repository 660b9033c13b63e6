using DroitEmploi.Core.Features.Access;

namespace DroitEmploi.Web.Features.Access;

public sealed record InvitationResult(AccountSummary Account, AccountLinkView Link);
